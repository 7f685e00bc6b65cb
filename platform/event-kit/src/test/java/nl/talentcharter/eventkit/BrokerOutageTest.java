package nl.talentcharter.eventkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import nl.talentcharter.eventkit.relay.OutboxRelay;
import nl.talentcharter.eventkit.testapp.AccountCommands;
import nl.talentcharter.eventkit.testapp.AccountView;
import nl.talentcharter.eventkit.testapp.LedgerEvents;
import nl.talentcharter.eventkit.testapp.LedgerTestApplication;
import nl.talentcharter.testkit.KafkaBrokerProcess;
import nl.talentcharter.testkit.TestInfrastructure;
import nl.talentcharter.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The broker goes away for 30 s while commands keep arriving. Its own broker process (the shared one
 * must stay up for the other tests) and so its own Spring context, closed afterwards.
 */
@SpringBootTest(classes = LedgerTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"eventkit.relay.delivery-timeout=4s", "eventkit.relay.max-block=2s",
                "eventkit.relay.open-duration=2s", "eventkit.relay.max-backoff=2s"})
@DirtiesContext
class BrokerOutageTest {

    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static KafkaBrokerProcess broker;

    @Autowired
    AccountCommands commands;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    OutboxRelay relay;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        broker = KafkaBrokerProcess.inTemporaryDirectory().start();
        TopicReader.ensureTopic(broker.bootstrapServers(), LedgerEvents.TOPIC, 3);
        registry.add("spring.kafka.bootstrap-servers", broker::bootstrapServers);
        registry.add("spring.cloud.stream.kafka.binder.brokers", broker::bootstrapServers);
        registry.add("spring.mongodb.uri", () -> TestInfrastructure.get().mongoUri(TestInfrastructure.freshDatabaseName()));
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.kill();
        }
    }

    @Test
    void whileTheBrokerIsDownTheCircuitOpensNothingIsLostAndEachAccountKeepsItsOrder() throws Exception {
        List<String> accounts = List.of("a-" + UUID.randomUUID(), "b-" + UUID.randomUUID(), "c-" + UUID.randomUUID());
        Map<String, List<Long>> deposited = new LinkedHashMap<>();
        accounts.forEach(a -> deposited.put(a, new ArrayList<>()));
        java.util.concurrent.atomic.AtomicLong amount = new java.util.concurrent.atomic.AtomicLong();
        for (String account : accounts) {
            deposit(account, amount.incrementAndGet(), deposited);
        }
        awaitViews(deposited);

        broker.kill();
        long outageEnds = System.nanoTime() + OUTAGE.toNanos();
        java.util.concurrent.atomic.AtomicBoolean opened = new java.util.concurrent.atomic.AtomicBoolean();
        // commands keep arriving every 300 ms for the whole outage
        await().atMost(OUTAGE.plusSeconds(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    for (String account : accounts) {
                        deposit(account, amount.incrementAndGet(), deposited);
                    }
                    if (relay.circuitState() == CircuitBreaker.State.OPEN) {
                        opened.set(true);
                    }
                    return System.nanoTime() >= outageEnds;
                });
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.circuitState() != CircuitBreaker.State.CLOSED);
        boolean circuitOpened = opened.get() || relay.circuitState() == CircuitBreaker.State.OPEN;
        broker.start();

        assertThat(circuitOpened).as("the relay's circuit opened while the broker was down").isTrue();
        awaitViews(deposited);
        try (TopicReader reader = TopicReader.fromBeginning(broker.bootstrapServers(), LedgerEvents.TOPIC)) {
            String last = accounts.get(2);
            int expected = deposited.get(last).size();
            reader.await(r -> last.equals(r.key())
                    && Integer.toString(expected).equals(OutboxRoundTripTest.headers(r).get("ce_sequence")),
                    Duration.ofSeconds(60));
            List<ConsumerRecord<String, byte[]>> all = reader.drain(Duration.ZERO);
            for (String account : accounts) {
                List<Long> sequences = OutboxRoundTripTest.distinctEvents(all, account).stream()
                        .map(r -> Long.valueOf(OutboxRoundTripTest.headers(r).get("ce_sequence"))).toList();
                assertThat(sequences).as("events of %s on the topic, in first-seen order", account)
                        .containsExactlyElementsOf(LongStream.rangeClosed(1, deposited.get(account).size())
                                .boxed().toList());
            }
        }
    }

    private void deposit(String account, long amount, Map<String, List<Long>> deposited) {
        commands.deposit(account, amount);
        deposited.get(account).add(amount);
    }

    private void awaitViews(Map<String, List<Long>> deposited) {
        deposited.forEach((account, amounts) -> {
            AccountView view = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                    .until(() -> mongo.findById(account, AccountView.class),
                            v -> v != null && v.deposits() == amounts.size());
            assertThat(view.sequences()).as("applied in order, each once")
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, amounts.size()).boxed().toList());
            assertThat(view.total()).isEqualTo(amounts.stream().mapToLong(Long::longValue).sum());
        });
    }
}
