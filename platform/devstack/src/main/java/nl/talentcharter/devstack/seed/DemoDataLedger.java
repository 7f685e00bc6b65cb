package nl.talentcharter.devstack.seed;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.Optional;
import org.bson.Document;

/**
 * What demo data has been seeded, kept in the devstack's own database of the store (one document per
 * service, {@code devstack.demo_data}). The marker makes seeding happen once per service and survive
 * restarts; it also remembers the id the members service gave the demo member the member client is
 * bound to.
 */
public final class DemoDataLedger implements AutoCloseable {

    public static final String DATABASE = "devstack";
    static final String COLLECTION = "demo_data";
    static final String BOUND_MEMBER_ID = "boundMemberId";

    private final MongoClient client;
    private final MongoCollection<Document> entries;

    public DemoDataLedger(String storeUri) {
        this.client = MongoClients.create(storeUri);
        this.entries = client.getDatabase(DATABASE).getCollection(COLLECTION);
    }

    public boolean isSeeded(String service) {
        return entries.find(new Document("_id", service)).first() != null;
    }

    /** Marks {@code service} as seeded with {@code count} records; written after the data, so a crash re-seeds. */
    public void markSeeded(String service, int count, String boundMemberId) {
        Document entry = new Document("_id", service).append("seededAt", Instant.now().toString()).append("count", count);
        if (boundMemberId != null) {
            entry.append(BOUND_MEMBER_ID, boundMemberId);
        }
        entries.replaceOne(new Document("_id", service), entry, new ReplaceOptions().upsert(true));
    }

    /** The member id the member demo client's tokens carry, once the members service was seeded. */
    public Optional<String> boundMemberId() {
        Document members = entries.find(new Document("_id", "members")).first();
        return Optional.ofNullable(members).map(d -> d.getString(BOUND_MEMBER_ID));
    }

    @Override
    public void close() {
        client.close();
    }
}
