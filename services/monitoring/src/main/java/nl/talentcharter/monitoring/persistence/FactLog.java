package nl.talentcharter.monitoring.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import java.util.List;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.eventkit.inbound.InboundEvent;
import nl.talentcharter.monitoring.domain.Fact;
import nl.talentcharter.monitoring.domain.FactKind;
import nl.talentcharter.monitoring.domain.HeardTheme;
import nl.talentcharter.monitoring.domain.Place;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import nl.talentcharter.monitoring.domain.ScoredDomain;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The facts, one document per consumed event with {@code _id} = the CloudEvents id. The insert is the
 * effect and the record that the event was applied in one single-document write: a duplicate or a replayed
 * event collides with its own id and changes nothing. Where the event sat on Kafka is kept with it, so every
 * figure can be traced to records an auditor can read back from the topic.
 */
@Component
public class FactLog {

    public static final String COLLECTION = "facts";
    static final String ANNOUNCED = "announced";
    private static final int DUPLICATE_KEY = 11000;
    private static final int READ_BATCH = 5_000;
    /** The fields a {@link Fact} is not made of: for audits and traces ({@link #documents}), not for figures. */
    private static final Bson WITHOUT_PROVENANCE = Projections.exclude("source", "time", "topic", "partition", "offset",
            "recordedAt", ANNOUNCED);

    private final MongoTemplate mongo;

    public FactLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A fact to record, with the event it came from and when it was consumed. */
    public record Recording(Fact fact, InboundEvent event, Instant recordedAt) {
    }

    /**
     * Records the facts in one unordered write: every fact not recorded before is inserted, whatever collides
     * with an earlier one (a duplicate, a replay, or the same event twice in the list) is left as it was.
     *
     * @return the ids of the events that were recorded before (nothing changed for them)
     */
    public Set<String> recordAll(List<Recording> recordings) {
        if (recordings.isEmpty()) {
            return Set.of();
        }
        List<Document> documents = recordings.stream().map(r -> document(r.fact(), r.event(), r.recordedAt())).toList();
        try {
            mongo.getCollection(COLLECTION).insertMany(documents, new InsertManyOptions().ordered(false));
            return Set.of();
        } catch (MongoBulkWriteException collided) {
            Set<String> recordedBefore = new HashSet<>();
            for (BulkWriteError error : collided.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    // a real failure of the store: the batch is retried (recording is idempotent) or dead-lettered
                    throw collided;
                }
                recordedBefore.add(documents.get(error.getIndex()).getString("_id"));
            }
            return recordedBefore;
        }
    }

    private static Document document(Fact fact, InboundEvent event, Instant recordedAt) {
        return new Document("_id", fact.eventId())
                .append("type", fact.eventType())
                .append("kind", fact.kind().name())
                .append("source", event.source())
                .append("subject", fact.subject())
                .append("sequence", fact.sequence())
                .append("memberId", fact.memberId())
                .append("on", fact.on().toString())
                .append("scanId", fact.scanId())
                .append("score", fact.score())
                .append("dueOn", fact.dueOn() == null ? null : fact.dueOn().toString())
                .append("domains", fact.domains().stream().map(d -> new Document("domain", d.domain())
                        .append("score", d.score())
                        .append("actionLines", d.actionLines().stream().map(Enum::name).toList())).toList())
                .append("ref", fact.ref())
                .append("cohort", fact.cohort())
                .append("heard", fact.heard().stream().map(h -> new Document("challenge", h.challenge())
                        .append("tags", h.tags())
                        .append("actionLines", h.actionLines().stream().map(Enum::name).toList())).toList())
                .append("firstContact", fact.firstContact())
                .append("place", fact.place() == null ? null : new Document("region", fact.place().region().name())
                        .append("sector", fact.place().sector().name())
                        .append("sizeClass", fact.place().sizeClass() == null ? null : fact.place().sizeClass().name()))
                .append("quantity", fact.quantity())
                .append("time", event.time() == null ? null : event.time().toInstant().toString())
                .append("topic", event.topic())
                .append("partition", event.partition())
                .append("offset", event.offset())
                .append("recordedAt", recordedAt.toString());
    }

    /**
     * Facts recorded by an earlier version with an {@code announced} flag still false, at most {@code limit}: their
     * cells are announced once more (PendingAnnouncements replaced the flag, ADR 0123).
     */
    public List<Fact> unannounced(int limit) {
        List<Fact> facts = new ArrayList<>();
        mongo.getCollection(COLLECTION).find(new Document(ANNOUNCED, false)).limit(limit).batchSize(READ_BATCH)
                .forEach(document -> facts.add(fact(document)));
        return facts;
    }

    public void markAnnounced(Collection<String> eventIds) {
        if (!eventIds.isEmpty()) {
            mongo.getCollection(COLLECTION).bulkWrite(eventIds.stream().map(id -> new UpdateOneModel<Document>(
                    new Document("_id", id), new Document("$set", new Document(ANNOUNCED, true)))).toList(),
                    new BulkWriteOptions().ordered(false));
        }
    }

    public List<Fact> all() {
        List<Fact> facts = new ArrayList<>();
        // in batches: the embedded store answers a find without a batch size in one reply, which the driver refuses
        // past 48 MB (about 80,000 facts); real MongoDB batches by itself. Without where the event sat and when it
        // was recorded: figures never read them, and every figure reads every fact (a third fewer bytes to send)
        mongo.getCollection(COLLECTION).find().projection(WITHOUT_PROVENANCE).batchSize(READ_BATCH)
                .forEach(document -> facts.add(fact(document)));
        return facts;
    }

    /** The stored documents of these events, in the order of the ids given. */
    public List<Document> documents(Collection<String> eventIds) {
        List<Document> found = mongo.find(new Query(Criteria.where("_id").in(eventIds)), Document.class, COLLECTION);
        java.util.Map<Object, Document> byId = new java.util.HashMap<>();
        found.forEach(d -> byId.put(d.get("_id"), d));
        return eventIds.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** A member's facts in the order they happened. */
    public List<Document> ofMember(String memberId) {
        return mongo.find(new Query(Criteria.where("memberId").is(memberId))
                .with(Sort.by("on", "time", "sequence")), Document.class, COLLECTION);
    }

    public long count() {
        return mongo.getCollection(COLLECTION).countDocuments();
    }

    static Fact fact(Document d) {
        List<ScoredDomain> domains = d.getList("domains", Document.class, List.of()).stream()
                .map(x -> new ScoredDomain(x.getString("domain"), x.get("score", Number.class).doubleValue(),
                        x.getList("actionLines", String.class, List.of()).stream().map(ActionLine::valueOf).toList()))
                .toList();
        Number score = d.get("score", Number.class);
        Number sequence = d.get("sequence", Number.class);
        String dueOn = d.getString("dueOn");
        List<HeardTheme> heard = d.getList("heard", Document.class, List.of()).stream()
                .map(x -> new HeardTheme(Boolean.TRUE.equals(x.getBoolean("challenge")),
                        x.getList("tags", String.class, List.of()),
                        x.getList("actionLines", String.class, List.of()).stream().map(ActionLine::valueOf).toList()))
                .toList();
        return new Fact(d.getString("_id"), d.getString("type"), FactKind.valueOf(d.getString("kind")),
                d.getString("subject"), sequence == null ? 0 : sequence.longValue(), d.getString("memberId"),
                LocalDate.parse(d.getString("on")), d.getString("scanId"), score == null ? null : score.doubleValue(),
                dueOn == null ? null : LocalDate.parse(dueOn), domains, d.getString("ref"),
                d.getList("cohort", String.class, List.of()), heard, d.getString("firstContact"), place(d),
                d.get("quantity", Number.class) == null ? 0 : d.get("quantity", Number.class).longValue());
    }

    private static Place place(Document d) {
        Document place = d.get("place", Document.class);
        if (place == null) {
            return null;
        }
        String sizeClass = place.getString("sizeClass");
        return new Place(Region.valueOf(place.getString("region")), Sector.valueOf(place.getString("sector")),
                sizeClass == null ? null : SizeClass.valueOf(sizeClass));
    }
}
