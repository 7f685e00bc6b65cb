package nl.talentcharter.hrscans.it;

import static nl.talentcharter.testkit.TopicReader.eachEventOnce;
import static nl.talentcharter.testkit.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.core.LockConfiguration;
import nl.talentcharter.contracts.EventSchemas;
import nl.talentcharter.hrscans.application.OverdueFollowUps;
import nl.talentcharter.hrscans.application.ScanService;
import nl.talentcharter.hrscans.persistence.MongoLockProvider;
import nl.talentcharter.hrscans.persistence.ScanStore;
import nl.talentcharter.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Overdue follow-ups are announced once, also with two instances racing on the same database: each
 * "instance" here is its own checker with its own lock provider (the state they share is the database,
 * exactly as between two pods).
 */
class OverdueFollowUpTest extends HrScansIntegrationTest {

    @Autowired
    ScanStore store;
    @Autowired
    ScanService scans;

    @Test
    void an_overdue_follow_up_is_announced_once_even_with_two_instances_and_an_expired_lock() throws Exception {
        String memberId = activeMember();
        String overdue = completedScan(memberId, 1, 2);
        String followedUp = completedScan(memberId, 1, 3);
        assertThat(post("/scans/" + followedUp + "/follow-ups", nl.talentcharter.testkit.TestTokens.operator(),
                "{\"heldOn\": \"" + LocalDate.now() + "\"}").status()).isEqualTo(201);
        LocalDate later = LocalDate.now().plusDays(31);

        try (TopicReader topic = scanTopic()) {
            ExecutorService pool = Executors.newFixedThreadPool(3);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (int instance = 0; instance < 2; instance++) {
                OverdueFollowUps checker = new OverdueFollowUps(store, scans, new MongoLockProvider(mongo, "shedlock"),
                        Clock.systemUTC(), Duration.ofMinutes(5));
                runs.add(pool.submit(() -> {
                    start.await();
                    checker.runFor(later);
                    return null;
                }));
            }
            // and one that ignores the lock, as a run whose lock expired mid-way would
            OverdueFollowUps lockless = new OverdueFollowUps(store, scans, new MongoLockProvider(mongo, "shedlock"),
                    Clock.systemUTC(), Duration.ofMinutes(5));
            runs.add(pool.submit(() -> {
                start.await();
                return lockless.announce(later);
            }));
            start.countDown();
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();

            ConsumerRecord<String, byte[]> announced = topic.await(r -> overdue.equals(r.key())
                    && shortType(r).equals("follow-up-overdue.v1"), TIMEOUT);
            assertThat(EventSchemas.publishViolations(header(announced, "ce_type"), announced.value())).isEmpty();
            assertThat(JSON.readTree(announced.value()).get("detectedOn").asString()).isEqualTo(later.toString());
            // a later run announces nothing again
            new OverdueFollowUps(store, scans, new MongoLockProvider(mongo, "shedlock"), Clock.systemUTC(),
                    Duration.ofMinutes(5)).runFor(later.plusDays(1));

            List<ConsumerRecord<String, byte[]>> seen = topic.drain(DRAIN_WINDOW);
            assertThat(eachEventOnce(seen.stream().filter(r -> shortType(r).equals("follow-up-overdue.v1")).toList()))
                    .extracting(ConsumerRecord::key).containsOnlyOnce(overdue).doesNotContain(followedUp);
        }
        assertThat(get("/scans/" + overdue, nl.talentcharter.testkit.TestTokens.operator()).json()
                .get("followUpOverdue").asBoolean()).isFalse(); // not overdue today, only on the checked day
    }

    @Test
    void the_lock_is_held_by_one_instance_until_it_is_released_or_expires() {
        MongoLockProvider first = new MongoLockProvider(mongo, "shedlock-test");
        MongoLockProvider second = new MongoLockProvider(mongo, "shedlock-test");
        String name = "lock-" + java.util.UUID.randomUUID();
        var held = first.lock(new LockConfiguration(Instant.now(), name, Duration.ofMinutes(1), Duration.ZERO));
        assertThat(held).isPresent();
        assertThat(second.lock(new LockConfiguration(Instant.now(), name, Duration.ofMinutes(1), Duration.ZERO))).isEmpty();
        held.get().unlock();
        var taken = second.lock(new LockConfiguration(Instant.now(), name, Duration.ofMillis(1), Duration.ZERO));
        assertThat(taken).isPresent();
        // expired at once: the other instance may take it over without an unlock
        org.awaitility.Awaitility.await().atMost(TIMEOUT).until(() ->
                first.lock(new LockConfiguration(Instant.now(), name, Duration.ofMinutes(1), Duration.ZERO)).isPresent());
    }
}
