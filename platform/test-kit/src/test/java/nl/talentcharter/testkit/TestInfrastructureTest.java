package nl.talentcharter.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class TestInfrastructureTest {

    private final TestInfrastructure infra = TestInfrastructure.get();

    @Test
    void theSharedBrokerCarriesRecords() throws Exception {
        String topic = "test-kit.smoke." + UUID.randomUUID();
        try (TopicReader reader = TopicReader.startingNow(infra.kafkaBootstrapServers(), topic);
             KafkaProducer<String, byte[]> producer = producer(infra.kafkaBootstrapServers())) {
            producer.send(new ProducerRecord<>(topic, "k1", "hello".getBytes(StandardCharsets.UTF_8))).get();
            var record = reader.await(r -> "k1".equals(r.key()), Duration.ofSeconds(30));
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("hello");
        }
    }

    @Test
    void theSharedStoreKeepsDocumentsAndAnswersHello() {
        try (MongoClient client = MongoClients.create(infra.mongoUri("ignored"))) {
            var db = client.getDatabase(TestInfrastructure.freshDatabaseName());
            db.getCollection("things").insertOne(new Document("_id", "a").append("n", 1));
            assertThat(db.getCollection("things").find(new Document("_id", "a")).first().getInteger("n")).isEqualTo(1);
            // Boot 4's health check sends `hello`; an error here would turn readiness DOWN
            Document hello = client.getDatabase("admin").runCommand(new Document("hello", 1));
            assertThat(hello.get("ok")).isIn(1, 1.0);
        }
    }

    @Test
    void everyContextGetsItsOwnDatabase() {
        assertThat(TestInfrastructure.freshDatabaseName()).isNotEqualTo(TestInfrastructure.freshDatabaseName());
    }

    static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }
}
