package nl.talentcharter.eventkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import io.micrometer.core.instrument.MeterRegistry;
import nl.talentcharter.eventkit.metrics.EventMetrics;
import nl.talentcharter.eventkit.outbox.Outbox;
import nl.talentcharter.eventkit.testapp.AccountView;
import nl.talentcharter.eventkit.relay.OutboxRelay;
import nl.talentcharter.eventkit.testapp.AccountCommands;
import nl.talentcharter.eventkit.testapp.AccountRepository;
import nl.talentcharter.eventkit.testapp.LedgerEvents;
import nl.talentcharter.testkit.TestInfrastructure;
import nl.talentcharter.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

class OutboxRoundTripTest extends EventKitIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    AccountRepository accounts;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    OutboxRelay relay;
    @Autowired
    MeterRegistry meters;
    @Autowired
    AccountCommands commands;

    @Test
    void aCommandPublishesCloudEventsInBinaryModeWithExactlyTheConventionsHeaders() throws Exception {
        String accountId = "acc-" + UUID.randomUUID();
        double publishedBefore = published();
        String secondTraceId;
        try (TopicReader reader = TopicReader.startingNow(TestInfrastructure.get().kafkaBootstrapServers(),
                LedgerEvents.TOPIC)) {
            postDeposit(accountId, 5);
            postDeposit(accountId, 7);

            reader.await(r -> accountId.equals(r.key()) && "2".equals(headers(r).get("ce_sequence")), WAIT);
            // at-least-once: a relay crash between acknowledgement and removal re-sends; consumers deduplicate
            List<ConsumerRecord<String, byte[]>> records = distinctEvents(reader.drain(Duration.ZERO), accountId);
            assertThat(records).extracting(r -> headers(r).get("ce_sequence")).containsExactly("1", "2");

            Map<String, String> first = headers(records.get(0));
            assertThat(first.keySet()).containsExactlyInAnyOrder("ce_id", "ce_source", "ce_type", "ce_subject",
                    "ce_time", "ce_dataschema", "ce_specversion", "ce_sequence", "content-type", "traceparent",
                    "ce_traceparent");
            assertThat(UUID.fromString(first.get("ce_id"))).isNotNull();
            assertThat(first).containsEntry("ce_source", "/talentcharter/ledger")
                    .containsEntry("ce_type", "nl.talentcharter.ledger.amount-deposited.v1")
                    .containsEntry("ce_subject", accountId)
                    .containsEntry("ce_dataschema", "https://talentcharter.nl/schemas/ledger/amount-deposited.v1.json")
                    .containsEntry("ce_specversion", "1.0")
                    .containsEntry("ce_sequence", "1")
                    .containsEntry("content-type", "application/json");
            assertThat(OffsetDateTime.parse(first.get("ce_time")).getOffset().getTotalSeconds()).isZero();
            assertThat(first.get("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]")
                    .isEqualTo(first.get("ce_traceparent"));
            assertThat(new String(records.get(0).value(), StandardCharsets.UTF_8))
                    .isEqualTo("{\"accountId\":\"" + accountId + "\",\"amount\":5}");

            Map<String, String> second = headers(records.get(1));
            assertThat(second).containsEntry("ce_sequence", "2");
            assertThat(second.get("ce_id")).isNotEqualTo(first.get("ce_id"));
            // one request, one trace per request: the two events carry different traces
            assertThat(second.get("traceparent").substring(3, 35)).isNotEqualTo(first.get("traceparent").substring(3, 35));
            secondTraceId = second.get("traceparent").substring(3, 35);
        }
        await().atMost(WAIT).until(() -> accounts.findById(accountId).orElseThrow().getOutbox().isEmpty());
        assertThat(accounts.findById(accountId).orElseThrow().getOutbox().lastSequence()).isEqualTo(2);
        assertThat(accounts.findById(accountId).orElseThrow().getBalance()).isEqualTo(12);

        // the consumer continued the HTTP request's trace from the record's traceparent
        AccountView view = await().atMost(WAIT).until(() -> mongo.findById(accountId, AccountView.class),
                v -> v != null && v.deposits() == 2);
        assertThat(view.lastTraceId()).isEqualTo(secondTraceId);
        assertThat(published()).isGreaterThanOrEqualTo(publishedBefore + 2);
        assertThat(meters.find(EventMetrics.BACKLOG).gauge()).isNotNull();
    }

    private double published() {
        return meters.find(EventMetrics.PUBLISHED).tag("type", LedgerEvents.AMOUNT_DEPOSITED.type())
                .tag("topic", LedgerEvents.TOPIC).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    @Test
    void theSweepPublishesEventsStrandedBeforeTheRelayStarted() {
        String accountId = "stranded-" + UUID.randomUUID();
        relay.stop();
        try (TopicReader reader = TopicReader.startingNow(TestInfrastructure.get().kafkaBootstrapServers(),
                LedgerEvents.TOPIC)) {
            // written as a crashed instance would have left it; a raw insert raises no save event for the relay
            mongo.getCollection("accounts").insertOne(strandedAccount(accountId,
                    "{\"accountId\":\"" + accountId + "\",\"amount\":3}"));

            relay.start();

            ConsumerRecord<String, byte[]> record = reader.await(r -> accountId.equals(r.key()), WAIT);
            assertThat(headers(record)).containsEntry("ce_sequence", "1").doesNotContainKey("traceparent");
        } finally {
            relay.start();
        }
        await().atMost(WAIT).until(() -> accounts.findById(accountId).orElseThrow().getOutbox().isEmpty());
    }

    @Test
    void aPoisonDocumentStaysInItsOutboxWithoutBlockingOtherAggregates() {
        String poisonId = "poison-" + UUID.randomUUID();
        String goodId = "good-" + UUID.randomUUID();
        double poisonBefore = meters.counter(EventMetrics.RELAY_POISON).count();
        relay.stop();
        try (TopicReader reader = TopicReader.startingNow(TestInfrastructure.get().kafkaBootstrapServers(),
                LedgerEvents.TOPIC)) {
            // larger than the producer's max.request.size (1 MB): the broker would never take it
            mongo.getCollection("accounts").insertOne(strandedAccount(poisonId, "{\"accountId\":\"" + poisonId
                    + "\",\"amount\":1,\"memo\":\"" + "x".repeat(1_100_000) + "\"}"));
            commands.deposit(goodId, 4);
            relay.start();

            reader.await(r -> goodId.equals(r.key()), WAIT);
            await().atMost(WAIT).until(() -> meters.counter(EventMetrics.RELAY_POISON).count() > poisonBefore);
            assertThat(accounts.findById(poisonId).orElseThrow().getOutbox().entries()).hasSize(1);
        } finally {
            relay.start();
            mongo.getCollection("accounts").deleteOne(new Document("_id", poisonId));
        }
    }

    @Test
    void aStoredEntryThatCannotBeReadStaysWithoutStoppingTheSweepForOthers() {
        String malformedId = "malformed-" + UUID.randomUUID();
        String goodId = "stranded-good-" + UUID.randomUUID();
        double poisonBefore = meters.counter(EventMetrics.RELAY_POISON).count();
        relay.stop();
        try (TopicReader reader = TopicReader.startingNow(TestInfrastructure.get().kafkaBootstrapServers(),
                LedgerEvents.TOPIC)) {
            Document malformed = strandedAccount(malformedId, "{\"accountId\":\"" + malformedId + "\",\"amount\":1}");
            // an entry without a topic, as a hand-made or corrupted write could leave it
            malformed.get(Outbox.FIELD, Document.class).getList("entries", Document.class).get(0).remove("topic");
            mongo.getCollection("accounts").insertOne(malformed);
            mongo.getCollection("accounts").insertOne(strandedAccount(goodId,
                    "{\"accountId\":\"" + goodId + "\",\"amount\":2}"));
            relay.start();

            reader.await(r -> goodId.equals(r.key()), WAIT);
            await().atMost(WAIT).until(() -> meters.counter(EventMetrics.RELAY_POISON).count() > poisonBefore);
            assertThat(accounts.findById(goodId).orElseThrow().getOutbox().isEmpty()).isTrue();
            Document stillThere = mongo.getCollection("accounts").find(new Document("_id", malformedId)).first();
            assertThat(stillThere.get(Outbox.FIELD, Document.class).getList("entries", Document.class)).hasSize(1);
        } finally {
            relay.start();
            mongo.getCollection("accounts").deleteOne(new Document("_id", malformedId));
        }
    }

    private static Document strandedAccount(String accountId, String data) {
        return new Document("_id", accountId).append("balance", 1L).append("version", 0L)
                .append(Outbox.FIELD, new Document("lastSequence", 1L).append("entries", List.of(
                        new Document("eventId", UUID.randomUUID().toString())
                                .append("type", LedgerEvents.AMOUNT_DEPOSITED.type())
                                .append("source", LedgerEvents.AMOUNT_DEPOSITED.source())
                                .append("subject", accountId)
                                .append("sequence", 1L)
                                .append("time", new java.util.Date())
                                .append("dataschema", LedgerEvents.AMOUNT_DEPOSITED.schemaId())
                                .append("topic", LedgerEvents.TOPIC)
                                .append("data", data))));
    }

    private void postDeposit(String accountId, long amount) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/accounts/" + accountId + "/deposits?amount=" + amount))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(202);
    }

    /** The records of one aggregate in the order their events first appeared, re-sends dropped. */
    static List<ConsumerRecord<String, byte[]>> distinctEvents(List<ConsumerRecord<String, byte[]>> records,
            String key) {
        Map<String, ConsumerRecord<String, byte[]>> byId = new LinkedHashMap<>();
        records.stream().filter(r -> key.equals(r.key())).forEach(r -> byId.putIfAbsent(headers(r).get("ce_id"), r));
        return List.copyOf(byId.values());
    }

    static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            assertThat(headers).as("header %s appears once", header.key()).doesNotContainKey(header.key());
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

}
