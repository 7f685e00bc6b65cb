package nl.talentcharter.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.awaitility.core.ConditionTimeoutException;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StoredDocumentsTest {

    private final MongoClient client = MongoClients.create(TestInfrastructure.get().mongoUri("ignored"));
    private final MongoCollection<Document> things =
            client.getDatabase(TestInfrastructure.freshDatabaseName()).getCollection("things");

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void returnsTheDocumentOnceItIsStoredInTheExpectedState() {
        things.insertOne(new Document("_id", "a").append("state", "NEW"));
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() ->
                things.updateOne(new Document("_id", "a"), new Document("$set", new Document("state", "DONE"))));

        Document done = StoredDocuments.await(things, "a", d -> "DONE".equals(d.getString("state")), Duration.ofSeconds(30));

        assertThat(done.getString("state")).isEqualTo("DONE");
        writer.join();
    }

    @Test
    void failsNamingTheDocumentWhenItNeverGetsThere() {
        things.insertOne(new Document("_id", "b").append("state", "NEW"));

        assertThatThrownBy(() -> StoredDocuments.await(things, "b", d -> "DONE".equals(d.getString("state")),
                Duration.ofMillis(300))).isInstanceOf(ConditionTimeoutException.class).hasMessageContaining("things b");
    }
}
