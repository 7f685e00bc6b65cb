package nl.talentcharter.eventkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.talentcharter.eventkit.metrics.EventMetrics;
import nl.talentcharter.eventkit.testapp.AccountCommands;
import nl.talentcharter.eventkit.testapp.AccountView;
import nl.talentcharter.eventkit.testapp.LedgerEvents;
import nl.talentcharter.eventkit.testapp.RelayCrash;
import nl.talentcharter.testkit.TestInfrastructure;
import nl.talentcharter.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

class ConsumptionTest extends EventKitIntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(40);

    @Autowired
    AccountCommands commands;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MeterRegistry meters;
    @Autowired
    RelayCrash relayCrash;

    @Test
    void everyEventTakesEffectOnceInSequenceOrder() {
        String accountId = "acc-" + UUID.randomUUID();
        commands.deposit(accountId, 1);
        commands.deposit(accountId, 2);
        commands.deposit(accountId, 4);

        AccountView view = awaitView(accountId, v -> v.deposits() == 3);
        assertThat(view.total()).isEqualTo(7);
        assertThat(view.sequences()).containsExactly(1L, 2L, 3L);
        assertThat(view.appliedSequences()).containsEntry("/talentcharter/ledger|" + accountId, 3L);
    }

    @Test
    void aRelayThatDiesAfterTheAcknowledgementRepublishesButTheEffectHappensOnce() {
        String accountId = "crash-" + UUID.randomUUID();
        double duplicatesBefore = duplicates();
        relayCrash.armFor(accountId);
        try (TopicReader reader = TopicReader.startingNow(TestInfrastructure.get().kafkaBootstrapServers(),
                LedgerEvents.TOPIC)) {
            commands.deposit(accountId, 10);

            List<ConsumerRecord<String, byte[]>> published = reader.awaitCount(r -> accountId.equals(r.key()), 2, WAIT);
            assertThat(OutboxRoundTripTest.headers(published.get(1)).get("ce_id"))
                    .as("the same event, published again after the crash")
                    .isEqualTo(OutboxRoundTripTest.headers(published.get(0)).get("ce_id"));
        }
        await().atMost(WAIT).until(() -> duplicates() > duplicatesBefore);
        AccountView view = awaitView(accountId, v -> v.deposits() >= 1);
        assertThat(view.deposits()).isEqualTo(1);
        assertThat(view.total()).isEqualTo(10);
    }

    @Test
    void duplicatesAndReplaysChangeNothingAndAreCounted() throws Exception {
        String accountId = "dup-" + UUID.randomUUID();
        double duplicatesBefore = duplicates();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            ProducerRecord<String, byte[]> first = deposit(accountId, 1, 5);
            producer.send(first).get();
            producer.send(deposit(accountId, 2, 6)).get();
            // the same event again, and an old one replayed after a newer one
            producer.send(new ProducerRecord<>(first.topic(), null, first.key(), first.value(), first.headers())).get();
            producer.send(deposit(accountId, 1, 5)).get();
            producer.send(deposit(accountId, 3, 7)).get();
        }
        AccountView view = awaitView(accountId, v -> v.sequences().contains(3L));
        assertThat(view.sequences()).containsExactly(1L, 2L, 3L);
        assertThat(view.total()).isEqualTo(18);
        await().atMost(WAIT).until(() -> duplicates() >= duplicatesBefore + 2);
    }

    @Test
    void aTransientFailureIsRetriedAndTakesEffectOnce() {
        String accountId = "flaky-" + UUID.randomUUID();
        commands.deposit(accountId, 13);
        AccountView view = awaitView(accountId, v -> v.deposits() == 1);
        assertThat(view.total()).isEqualTo(13);
    }

    @Test
    void consumersReadOnlyCommittedRecordsBecauseTheRelayPublishesInTransactions(@Autowired Environment environment) {
        // the binder lives in a child context; bind its consumer properties the way it does
        Map<String, String> consumerProperties = Binder.get(environment)
                .bind("spring.cloud.stream.kafka.binder.consumer-properties", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        assertThat(consumerProperties).containsEntry("isolation.level", "read_committed");
    }

    AccountView awaitView(String accountId, java.util.function.Predicate<AccountView> condition) {
        return await().atMost(WAIT).until(() -> mongo.findById(accountId, AccountView.class),
                v -> v != null && condition.test(v));
    }

    double duplicates() {
        return meters.find(EventMetrics.DUPLICATES).tag("type", LedgerEvents.AMOUNT_DEPOSITED.type()).counters()
                .stream().mapToDouble(c -> c.count()).sum();
    }

    static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafkaBootstrapServers()), new StringSerializer(), new ByteArraySerializer());
    }

    /** A well-formed event as the conventions describe it, written by hand. */
    static ProducerRecord<String, byte[]> deposit(String accountId, long sequence, long amount) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(LedgerEvents.TOPIC, accountId,
                ("{\"accountId\":\"" + accountId + "\",\"amount\":" + amount + "}").getBytes(StandardCharsets.UTF_8));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.nameUUIDFromBytes((accountId + sequence).getBytes(StandardCharsets.UTF_8)).toString());
        header(record, "ce_source", "/talentcharter/ledger");
        header(record, "ce_type", LedgerEvents.AMOUNT_DEPOSITED.type());
        header(record, "ce_subject", accountId);
        header(record, "ce_time", Instant.now().toString());
        header(record, "ce_sequence", Long.toString(sequence));
        header(record, "content-type", "application/json");
        return record;
    }

    static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().remove(name);
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
