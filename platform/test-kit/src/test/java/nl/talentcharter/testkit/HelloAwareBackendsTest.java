package nl.talentcharter.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Queries that pin {@code _id} go through the id index and still answer exactly what the whole query asks. */
class HelloAwareBackendsTest {

    private final EmbeddedMongo mongo = EmbeddedMongo.inMemory();
    private final MongoClient client = MongoClients.create(mongo.uri("ignored"));
    private final MongoCollection<Document> things = client.getDatabase("ids").getCollection("things");

    @AfterEach
    void close() {
        client.close();
        mongo.close();
    }

    @Test
    void anIdWithFurtherCriteriaMatchesOnlyWhenAllHold() {
        things.insertMany(List.of(new Document("_id", "a").append("version", 1L).append("x", 3),
                new Document("_id", "b").append("version", 1L).append("x", 9)));

        assertThat(things.updateOne(new Document("_id", "a").append("version", 7L),
                new Document("$set", new Document("x", 4))).getMatchedCount()).isZero();
        assertThat(things.updateOne(new Document("_id", "a").append("version", 1L),
                new Document("$set", new Document("x", 4)).append("$inc", new Document("version", 1L)))
                .getModifiedCount()).isEqualTo(1);
        assertThat(things.find(new Document("_id", "a")).first()).containsEntry("x", 4).containsEntry("version", 2L);
        assertThat(things.find(new Document("_id", "b").append("x", new Document("$lt", 5))).first()).isNull();
        assertThat(things.find(new Document("_id", "missing").append("x", 3)).first()).isNull();
        assertThat(things.find(new Document("_id", "b")).first()).containsEntry("x", 9).containsEntry("version", 1L);
    }

    @Test
    void anIdListFindsExactlyTheListedDocuments() {
        things.insertMany(List.of(new Document("_id", "a"), new Document("_id", "b"), new Document("_id", "c")));

        assertThat(ids(new Document("_id", new Document("$in", List.of("c", "a", "missing", "a"))))).containsExactlyInAnyOrder("a", "c");
        assertThat(ids(new Document("_id", new Document("$in", List.of())))).isEmpty();
        assertThat(things.updateMany(new Document("_id", new Document("$in", List.of("b", "c"))),
                new Document("$set", new Document("seen", true))).getModifiedCount()).isEqualTo(2);
        assertThat(ids(new Document("seen", true))).containsExactlyInAnyOrder("b", "c");
        assertThat(ids(new Document("_id", new Document("$nin", List.of("a"))))).containsExactlyInAnyOrder("b", "c");
    }

    private List<String> ids(Document query) {
        List<String> ids = new ArrayList<>();
        things.find(query).forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }
}
