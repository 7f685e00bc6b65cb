package nl.talentcharter.events.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.function.Function;
import nl.talentcharter.contracts.events.Audience;
import nl.talentcharter.contracts.events.EventKind;
import nl.talentcharter.eventkit.outbox.Outbox;
import nl.talentcharter.eventkit.outbox.OutboxCarrier;
import nl.talentcharter.eventkit.relay.OutboxRelay;
import nl.talentcharter.events.domain.Gathering;
import nl.talentcharter.events.domain.GatheringId;
import nl.talentcharter.events.domain.UnknownGathering;
import nl.talentcharter.servicekit.problem.ProblemException;
import nl.talentcharter.servicekit.problem.ProblemTypes;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Loads and saves gatherings. A change is load, decide, write-if-unchanged ({@code @Version}); when another
 * writer got there first the change is decided again on the fresh state, so the loser of a race for the
 * last seat is waitlisted rather than seated twice.
 *
 * <p>Within one instance, changes to the same gathering also queue on a striped lock: 200 people clicking
 * "register" at once then cost 200 writes instead of a storm of retries. The lock is only an optimisation;
 * correctness across instances rests on the version check.
 */
@Component
public class GatheringStore {

    static final int MAX_ATTEMPTS = 50;
    private static final int STRIPES = 64;

    private final MongoTemplate mongo;
    private final Clock clock;
    /** Everything in the document but id, version and outbox: what an update sets. */
    private static final List<String> STATE_FIELDS = List.of("kind", "audience", "startsAt", "cancelled", "gathering",
            "updatedAt");

    /** In-memory bookkeeping of {@link Gathering} that is not state. */
    private static final List<String> TRANSIENT_FIELDS = List.of("pending", "changed");

    private final ObjectProvider<OutboxRelay> relay;
    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    public GatheringStore(MongoTemplate mongo, Clock clock, ObjectProvider<OutboxRelay> relay) {
        this.mongo = mongo;
        this.clock = clock;
        this.relay = relay;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock(true);
        }
    }

    public void insert(Gathering gathering, BiConsumer<Gathering, OutboxCarrier> recordEvents) {
        GatheringDocument document = new GatheringDocument();
        document.copy(gathering, clock.instant());
        recordEvents.accept(gathering, document);
        Document written = stateOf(document);
        written.put("version", 0L);
        mongo.getCollection(GatheringDocument.COLLECTION).insertOne(written);
        relay.ifAvailable(r -> r.requestDrain(GatheringDocument.COLLECTION, document.id));
    }

    /**
     * The document as stored, without the aggregate's in-memory bookkeeping (raised events, change flag):
     * the mapper would store those fields too, and events raised once would be raised again on every load.
     */
    private Document stateOf(GatheringDocument document) {
        Document written = new Document();
        mongo.getConverter().write(document, written);
        Document aggregate = written.get("gathering", Document.class);
        TRANSIENT_FIELDS.forEach(aggregate::remove);
        return written;
    }

    public Gathering get(GatheringId id) {
        return document(id).gathering;
    }

    /**
     * Applies {@code change} to the current state and writes the result with its events, retrying on a
     * concurrent write. A change that throws writes nothing.
     */
    public <R> R modify(GatheringId id, Function<Gathering, R> change,
            BiConsumer<Gathering, OutboxCarrier> recordEvents) {
        ReentrantLock lock = stripes[Math.floorMod(id.value().hashCode(), STRIPES)];
        lock.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                GatheringDocument document = document(id);
                Gathering gathering = document.gathering;
                R result = change.apply(gathering);
                if (!gathering.hasChanges()) {
                    return result;
                }
                long sequenceAtLoad = document.outbox.lastSequence();
                document.copy(gathering, clock.instant());
                recordEvents.accept(gathering, document);
                try {
                    update(document, sequenceAtLoad);
                    return result;
                } catch (OptimisticLockingFailureException raced) {
                    if (attempt >= MAX_ATTEMPTS) {
                        throw new ProblemException(409, ProblemTypes.CONCURRENT_MODIFICATION,
                                "event " + id.value() + " is changing too often right now; try again");
                    }
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * One atomic, version-checked update that sets the state and <em>appends</em> only the new outbox entries.
     * Replacing the whole document would write back entries the relay published (and {@code $pull}ed) since
     * the load, and they would go out again; a {@code $push} commutes with the relay's {@code $pull} (the same
     * way as the members service, ADR 0040). Then the relay is asked to drain, as after a plain save.
     */
    private void update(GatheringDocument document, long sequenceAtLoad) {
        Document written = stateOf(document);
        Update update = new Update();
        for (String field : STATE_FIELDS) {
            if (written.containsKey(field)) {
                update.set(field, written.get(field));
            } else {
                update.unset(field);
            }
        }
        List<Object> appended = new ArrayList<>();
        for (Document entry : written.get(Outbox.FIELD, Document.class).getList("entries", Document.class, List.of())) {
            if (entry.get("sequence", Number.class).longValue() > sequenceAtLoad) {
                appended.add(entry);
            }
        }
        update.set(Outbox.FIELD + ".lastSequence", document.outbox.lastSequence());
        if (!appended.isEmpty()) {
            update.push(Outbox.FIELD + ".entries").each(appended.toArray());
        }
        update.inc("version", 1);
        Query current = Query.query(Criteria.where("_id").is(document.id).and("version").is(document.version));
        if (mongo.updateFirst(current, update, GatheringDocument.class).getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("event " + document.id + " was changed concurrently");
        }
        if (!appended.isEmpty()) {
            relay.ifAvailable(r -> r.requestDrain(GatheringDocument.COLLECTION, document.id));
        }
    }

    /** Gatherings starting in [from, to), earliest first; optionally one kind or audience; cancelled ones too. */
    public List<Gathering> between(Instant from, Instant to, EventKind kind, Audience audience) {
        Criteria criteria = Criteria.where("startsAt").gte(from).lt(to);
        if (kind != null) {
            criteria = criteria.and("kind").is(kind);
        }
        if (audience != null) {
            criteria = criteria.and("audience").is(audience);
        }
        Query query = Query.query(criteria).with(Sort.by("startsAt", "_id"));
        query.fields().exclude("outbox");
        return mongo.find(query, GatheringDocument.class).stream().map(d -> d.gathering).toList();
    }

    private GatheringDocument document(GatheringId id) {
        GatheringDocument document = mongo.findById(id.value(), GatheringDocument.class);
        if (document == null) {
            throw new UnknownGathering(id.value());
        }
        return document;
    }
}
