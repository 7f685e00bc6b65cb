package nl.talentcharter.sprints.persistence;

import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import nl.talentcharter.eventkit.outbox.OutboxCarrier;
import nl.talentcharter.sprints.domain.sprint.Sprint;
import nl.talentcharter.sprints.domain.sprint.SprintStatus;
import nl.talentcharter.sprints.domain.sprint.UnknownSprint;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Loads and saves sprints; a save is one single-document write of state plus the recorded events. */
@Component
public class SprintStore {

    private static final String STATUS = SprintDocument.SPRINT + ".status";
    private static final String PARTICIPANT = SprintDocument.SPRINT + ".participants.memberId";

    private final MongoTemplate mongo;

    public SprintStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A sprint with the document it came from, or a new one not stored yet. */
    public static final class Loaded {
        private final SprintDocument document;
        private final Sprint sprint;

        private Loaded(SprintDocument document, Sprint sprint) {
            this.document = document;
            this.sprint = sprint;
        }

        public Sprint sprint() {
            return sprint;
        }

        public boolean changed() {
            return document == null || !sprint.pendingEvents().isEmpty();
        }
    }

    public Loaded load(String sprintId) {
        SprintDocument document = mongo.findById(sprintId, SprintDocument.class);
        if (document == null) {
            throw new UnknownSprint(sprintId);
        }
        return new Loaded(document, Sprint.restore(document.sprint));
    }

    public Loaded fresh(Sprint sprint) {
        return new Loaded(null, sprint);
    }

    public boolean exists(String sprintId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(sprintId)), SprintDocument.class);
    }

    /** @throws DuplicateKeyException when a new sprint's id is taken (an accepted cohort accepted again) */
    public void save(Loaded loaded, Instant now, BiConsumer<Sprint, OutboxCarrier> recordEvents) {
        boolean inserting = loaded.document == null;
        SprintDocument document = inserting ? new SprintDocument() : loaded.document;
        document.id = loaded.sprint.id();
        document.sprint = loaded.sprint.state();
        document.updatedAt = now;
        recordEvents.accept(loaded.sprint, document);
        if (inserting) {
            mongo.insert(document);
        } else {
            mongo.save(document);
        }
    }

    public List<Sprint> all(SprintStatus status) {
        Query query = status == null ? new Query() : Query.query(Criteria.where(STATUS).is(status));
        return find(query);
    }

    /** Sprints the member takes or took part in, and the open ones it could join. */
    public List<Sprint> visibleTo(String memberId) {
        return find(Query.query(new Criteria().orOperator(Criteria.where(PARTICIPANT).is(memberId),
                Criteria.where(STATUS).in(SprintStatus.PROPOSED, SprintStatus.STARTED))));
    }

    /** The open sprints the member takes part in now. */
    public List<String> openWith(String memberId) {
        Query query = Query.query(Criteria.where(SprintDocument.SPRINT + ".participants").elemMatch(
                Criteria.where("memberId").is(memberId).and("leftOn").is(null))
                .and(STATUS).in(SprintStatus.PROPOSED, SprintStatus.STARTED));
        query.fields().include("_id");
        return mongo.find(query, SprintDocument.class).stream().map(SprintDocument::getId).toList();
    }

    private List<Sprint> find(Query query) {
        query.fields().exclude("outbox");
        query.with(Sort.by(Sort.Direction.DESC, SprintDocument.SPRINT + ".proposedAt"));
        return mongo.find(query, SprintDocument.class).stream().map(d -> Sprint.restore(d.sprint)).toList();
    }
}
