package nl.talentcharter.eventkit.relay;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.List;
import nl.talentcharter.testkit.TestInfrastructure;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The relay's two raw queries against the store tests and the embedded default really use
 * (mongo-java-server), so a query it silently mis-answers cannot strand events.
 */
class PendingOutboxQueryTest {

    private static MongoClient client;
    private static MongoCollection<Document> collection;
    private static MongoCollection<Document> pulls;

    @BeforeAll
    static void seed() {
        client = MongoClients.create(TestInfrastructure.get().mongoUri("probe"));
        collection = client.getDatabase(TestInfrastructure.freshDatabaseName()).getCollection("carriers");
        pulls = client.getDatabase(TestInfrastructure.freshDatabaseName()).getCollection("pulls");
        collection.insertOne(new Document("_id", "never-had-events").append("name", "x"));
        collection.insertOne(new Document("_id", "empty").append("outbox",
                new Document("lastSequence", 2L).append("entries", List.of())));
        collection.insertOne(new Document("_id", "pending").append("outbox",
                new Document("lastSequence", 2L).append("entries", List.of(
                        new Document("eventId", "e1").append("sequence", 1L),
                        new Document("eventId", "e2").append("sequence", 2L)))));
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void findsExactlyTheDocumentsWithPendingEntries() {
        assertThat(ids(PendingOutboxQuery.filter())).containsExactly("pending");
    }

    @Test
    void pullByEventIdRemovesOnlyTheNamedEntries() {
        pulls.insertOne(new Document("_id", "pull").append("outbox",
                new Document("lastSequence", 3L).append("entries", List.of(
                        new Document("eventId", "p1").append("sequence", 1L),
                        new Document("eventId", "p2").append("sequence", 2L),
                        new Document("eventId", "p3").append("sequence", 3L)))));

        pulls.updateOne(Filters.eq("_id", "pull"), PendingOutboxQuery.pull(List.of("p1", "p2")));

        List<Document> left = pulls.find(Filters.eq("_id", "pull")).first()
                .get("outbox", Document.class).getList("entries", Document.class);
        assertThat(left).extracting(d -> d.getString("eventId")).containsExactly("p3");
    }

    @Test
    void pullUpToASequenceKeepsWhatWasAppendedLaterInEveryDocumentOfTheRound() {
        for (String id : List.of("round-a", "round-b")) {
            pulls.insertOne(new Document("_id", id).append("outbox",
                    new Document("lastSequence", 3L).append("entries", List.of(
                            new Document("eventId", id + "-1").append("sequence", 1L),
                            new Document("eventId", id + "-2").append("sequence", 2L),
                            // appended by a save after the relay loaded the round
                            new Document("eventId", id + "-3").append("sequence", 3L)))));
        }

        pulls.updateMany(Filters.in("_id", List.of("round-a", "round-b")), PendingOutboxQuery.pullUpTo(2L));

        for (String id : List.of("round-a", "round-b")) {
            List<Document> left = pulls.find(Filters.eq("_id", id)).first()
                    .get("outbox", Document.class).getList("entries", Document.class);
            assertThat(left).extracting(d -> d.getString("eventId")).containsExactly(id + "-3");
        }
    }

    @Test
    void showsWhichAlternativesTheStoreGetsWrong() {
        // Documented in ADR 0021: the positional $exists form is what the relay relies on.
        assertThat(ids(Filters.exists("outbox.entries.0"))).containsExactly("pending");
        assertThat(ids(Filters.not(Filters.size("outbox.entries", 0))))
                .as("$not/$size also matches documents that never had an outbox").contains("never-had-events");
    }

    private static List<String> ids(Bson filter) {
        return collection.find(filter).map(d -> d.getString("_id")).into(new ArrayList<>());
    }

}
