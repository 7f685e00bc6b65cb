package nl.talentcharter.testkit;

import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.bson.Document;

/**
 * Waits for what a service stores asynchronously (a read model fed by a topic): the raw document, as it really
 * is in the store, once it exists and meets a condition.
 */
public final class StoredDocuments {

    private StoredDocuments() {
    }

    /** The document with {@code _id} {@code id} once it exists and meets {@code condition}; fails after {@code timeout}. */
    public static Document await(MongoCollection<Document> collection, String id, Predicate<Document> condition,
            Duration timeout) {
        return Awaitility.await(collection.getNamespace().getCollectionName() + " " + id + " in the expected state")
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> collection.find(new Document("_id", id)).first(),
                        document -> document != null && condition.test(document));
    }
}
