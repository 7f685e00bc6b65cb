package nl.talentcharter.monitoring.persistence;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.talentcharter.monitoring.domain.CellsMoved;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * What the consumers recorded and the {@code KpiAnnouncer} has not announced yet: one small document per applied
 * batch, naming the days its facts happened on, the members they concern and the registrations attendances name
 * (so the KPI cells they can move, {@link CellsMoved}).
 * It is written after the batch's facts and before the batch counts as consumed: a crash in between redelivers the
 * batch, whose facts are then duplicates but whose note is written again. The announcer deletes a note only after
 * the cells it names were refreshed. One write per batch instead of one flag per fact to set and clear later.
 */
@Component
public class PendingAnnouncements {

    public static final String COLLECTION = "pending_announcements";

    /** A note: what one batch's facts can move. */
    public record Pending(String id, CellsMoved moved) {
    }

    private final MongoTemplate mongo;

    public PendingAnnouncements(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void note(CellsMoved moved, Instant at) {
        if (moved.days().isEmpty()) {
            return;
        }
        mongo.getCollection(COLLECTION).insertOne(new Document("_id", UUID.randomUUID().toString())
                .append("days", new TreeSet<>(moved.days()).stream().map(LocalDate::toString).toList())
                .append("members", List.copyOf(new TreeSet<>(moved.memberIds())))
                .append("registrations", List.copyOf(new TreeSet<>(moved.registrations())))
                .append("at", at.toString()));
    }

    /** At most {@code limit} notes, in no particular order. */
    public List<Pending> next(int limit) {
        List<Pending> pending = new ArrayList<>();
        mongo.getCollection(COLLECTION).find().limit(limit).batchSize(1_000).forEach(d -> pending.add(new Pending(
                d.getString("_id"), new CellsMoved(
                        Set.copyOf(d.getList("days", String.class, List.of()).stream().map(LocalDate::parse).toList()),
                        Set.copyOf(d.getList("members", String.class, List.of())),
                        // a note written before attendances named their registrations has none
                        Set.copyOf(d.getList("registrations", String.class, List.of()))))));
        return pending;
    }

    /** The notes whose cells were refreshed: one delete by id each (a long id list would be scanned per note). */
    public void done(Collection<String> ids) {
        if (!ids.isEmpty()) {
            mongo.getCollection(COLLECTION).bulkWrite(ids.stream()
                    .map(id -> new DeleteOneModel<Document>(new Document("_id", id))).toList(),
                    new BulkWriteOptions().ordered(false));
        }
    }

    public boolean isEmpty() {
        return mongo.getCollection(COLLECTION).find().limit(1).first() == null;
    }
}
