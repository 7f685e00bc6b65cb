package nl.talentcharter.eventkit;

import static nl.talentcharter.eventkit.ConsumptionTest.WAIT;
import static nl.talentcharter.eventkit.ConsumptionTest.deposit;
import static nl.talentcharter.eventkit.ConsumptionTest.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.talentcharter.contracts.Topics;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.eventkit.metrics.EventMetrics;
import nl.talentcharter.eventkit.testapp.AccountCommands;
import nl.talentcharter.eventkit.testapp.AccountView;
import nl.talentcharter.eventkit.testapp.LedgerEvents;
import nl.talentcharter.eventkit.testapp.LedgerViewConsumer;
import nl.talentcharter.testkit.TestInfrastructure;
import nl.talentcharter.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DeadLetterTest extends EventKitIntegrationTest {

    static final String DLQ = Topics.deadLetter(LedgerEvents.TOPIC);

    @LocalServerPort
    int port;
    @Autowired
    AccountCommands commands;
    @Autowired
    LedgerViewConsumer consumer;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MeterRegistry meters;
    @Autowired
    JsonMapper json;

    @Test
    void poisonMessagesGoStraightToTheDeadLetterTopicWithTheirReasonAndTheNextMessageIsStillProcessed()
            throws Exception {
        String accountId = "poison-" + UUID.randomUUID();
        ProducerRecord<String, byte[]> notJson = deposit(accountId, 1, 1);
        notJson = new ProducerRecord<>(notJson.topic(), null, notJson.key(), "{not json".getBytes(StandardCharsets.UTF_8),
                notJson.headers());
        ProducerRecord<String, byte[]> missingType = deposit(accountId, 1, 1);
        missingType.headers().remove("ce_type");
        ProducerRecord<String, byte[]> schemaInvalid = deposit(accountId, 1, 1);
        header(schemaInvalid, "ce_type", MemberEvents.MEMBER_JOINED.type());
        ProducerRecord<String, byte[]> good = deposit(accountId, 1, 21);

        try (TopicReader deadLetters = TopicReader.startingNow(TestInfrastructure.get().kafkaBootstrapServers(), DLQ);
                KafkaProducer<String, byte[]> producer = ConsumptionTest.producer()) {
            producer.send(notJson).get();
            producer.send(missingType).get();
            producer.send(schemaInvalid).get();
            producer.send(good).get();

            List<ConsumerRecord<String, byte[]>> letters = deadLetters.awaitCount(r -> accountId.equals(r.key()), 3, WAIT);
            assertThat(letters).extracting(r -> OutboxRoundTripTest.headers(r).get("x-dead-letter-reason"))
                    .containsExactly("not-json", "missing-attribute", "schema-violation");
            Map<String, String> first = OutboxRoundTripTest.headers(letters.get(0));
            assertThat(first).containsEntry("x-original-topic", LedgerEvents.TOPIC)
                    .containsKeys("x-original-partition", "x-original-offset", "x-exception-class",
                            "x-dead-letter-detail", "ce_id", "ce_sequence");
            assertThat(first.get("x-exception-class")).endsWith("InvalidEventException");
            assertThat(new String(letters.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
            assertThat(OutboxRoundTripTest.headers(letters.get(2)).get("x-dead-letter-detail")).contains("memberId");
        }
        AccountView view = await().atMost(WAIT).until(() -> mongo.findById(accountId, AccountView.class),
                v -> v != null && v.deposits() == 1);
        assertThat(view.total()).isEqualTo(21);
        assertThat(meters.find(EventMetrics.DEAD_LETTERED).tag("type", LedgerEvents.AMOUNT_DEPOSITED.type())
                .tag("topic", LedgerEvents.TOPIC).tag("reason", "not-json")
                .counter().count()).isPositive();
    }

    @Test
    void aFailureThatOutlastsItsRetriesIsDeadLetteredThenReDrivenOnceByTheOperator() throws Exception {
        String accountId = "outage-" + UUID.randomUUID();
        consumer.unavailable(accountId, true);
        ConsumerRecord<String, byte[]> letter;
        try (TopicReader deadLetters = TopicReader.startingNow(TestInfrastructure.get().kafkaBootstrapServers(), DLQ)) {
            commands.deposit(accountId, 30);
            letter = deadLetters.await(r -> accountId.equals(r.key()), WAIT);
        }
        assertThat(OutboxRoundTripTest.headers(letter)).containsEntry("x-dead-letter-reason", "processing-failed")
                .containsEntry("x-exception-class", IllegalStateException.class.getName());

        // without a topic the endpoint asks the broker which dead-letter topics exist
        HttpResponse<String> everything = get("/admin/dead-letters");
        assertThat(everything.statusCode()).as(everything.body()).isEqualTo(200);
        assertThat(json.readTree(everything.body()).has(DLQ)).isTrue();

        JsonNode listed = json.readTree(get("/admin/dead-letters?topic=" + DLQ).body()).get(DLQ);
        JsonNode entry = null;
        for (JsonNode candidate : listed) {
            if (accountId.equals(candidate.get("key").asString())) {
                entry = candidate;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.get("reason").asString()).isEqualTo("processing-failed");
        assertThat(entry.get("offset").asLong()).isEqualTo(letter.offset());
        assertThat(entry.get("redriven").asBoolean()).isFalse();
        assertThat(entry.get("headers").get("ce_subject").asString()).isEqualTo(accountId);

        consumer.unavailable(accountId, false);
        String redrive = "/admin/dead-letters/" + DLQ + "/" + letter.partition() + "/" + letter.offset() + "/redrive";
        try (TopicReader original = TopicReader.startingNow(TestInfrastructure.get().kafkaBootstrapServers(),
                LedgerEvents.TOPIC)) {
            HttpResponse<String> first = post(redrive);
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(json.readTree(first.body()).get("status").asString()).isEqualTo("REDRIVEN");
            ConsumerRecord<String, byte[]> back = original.await(r -> accountId.equals(r.key()), WAIT);
            assertThat(OutboxRoundTripTest.headers(back)).containsKey("x-redriven-from")
                    .doesNotContainKey("x-dead-letter-reason");

            HttpResponse<String> second = post(redrive);
            assertThat(json.readTree(second.body()).get("status").asString()).isEqualTo("ALREADY_REDRIVEN");
            List<ConsumerRecord<String, byte[]>> all = post("/admin/dead-letters/" + DLQ + "/redrive").statusCode() == 200
                    ? original.drain(Duration.ofSeconds(2)) : List.of();
            assertThat(all).filteredOn(r -> accountId.equals(r.key())).hasSize(1);
        }
        AccountView view = await().atMost(WAIT).until(() -> mongo.findById(accountId, AccountView.class),
                v -> v != null && v.deposits() == 1);
        assertThat(view.total()).isEqualTo(30);
        JsonNode after = json.readTree(get("/admin/dead-letters?topic=" + DLQ).body()).get(DLQ);
        for (JsonNode candidate : after) {
            if (accountId.equals(candidate.get("key").asString())) {
                assertThat(candidate.get("redriven").asBoolean()).isTrue();
            }
        }
    }

    @Test
    void anUnknownDeadLetterIsNotFoundAndANonDeadLetterTopicIsRejected() throws Exception {
        assertThat(post("/admin/dead-letters/" + DLQ + "/0/999999999/redrive").statusCode()).isEqualTo(404);
        assertThat(post("/admin/dead-letters/" + LedgerEvents.TOPIC + "/0/0/redrive").statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
