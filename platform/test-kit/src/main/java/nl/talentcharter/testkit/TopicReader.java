package nl.talentcharter.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what lands on a topic from the moment it was opened (or from the beginning), without a
 * consumer group, so a test sees exactly what was published while it ran.
 */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    private TopicReader(String bootstrapServers, String topic, boolean fromBeginning) {
        ensureTopic(bootstrapServers, topic, 3);
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = partitionsOf(topic, Duration.ofSeconds(30));
        consumer.assign(partitions);
        if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
        }
        // position() resolves the lazy seek now, before the test acts
        partitions.forEach(consumer::position);
    }

    /**
     * Metadata of a topic created a moment ago can still list no partitions; assigning that empty list
     * would make the reader silently see nothing, so wait until the partitions are known.
     */
    private List<TopicPartition> partitionsOf(String topic, Duration timeout) {
        return org.awaitility.Awaitility.await("partitions of " + topic).atMost(timeout)
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .until(() -> consumer.partitionsFor(topic, timeout).stream()
                        .map(info -> new TopicPartition(topic, info.partition()))
                        .toList(), partitions -> !partitions.isEmpty());
    }

    /** Sees only records published after this call returns. */
    public static TopicReader startingNow(String bootstrapServers, String topic) {
        return new TopicReader(bootstrapServers, topic, false);
    }

    public static TopicReader fromBeginning(String bootstrapServers, String topic) {
        return new TopicReader(bootstrapServers, topic, true);
    }

    /** The first record (seen so far or arriving within {@code timeout}) that matches. */
    public ConsumerRecord<String, byte[]> await(Predicate<ConsumerRecord<String, byte[]>> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (ConsumerRecord<String, byte[]> record : seen) {
                if (match.test(record)) {
                    return record;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no matching record within " + timeout + "; saw " + seen.size() + " records");
            }
            poll(Duration.ofMillis(200));
        }
    }

    /** Waits until {@code count} records match, then returns all matching ones. */
    public List<ConsumerRecord<String, byte[]>> awaitCount(Predicate<ConsumerRecord<String, byte[]>> match, int count,
            Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<ConsumerRecord<String, byte[]>> matching = seen.stream().filter(match).toList();
            if (matching.size() >= count || System.nanoTime() > deadline) {
                if (matching.size() < count) {
                    throw new AssertionError("expected " + count + " matching records within " + timeout
                            + " but saw " + matching.size());
                }
                return matching;
            }
            poll(Duration.ofMillis(200));
        }
    }

    /**
     * Waits until {@code count} distinct events match, told apart by their CloudEvents id ({@code ce_id}),
     * and returns the first delivery of each in topic order. Delivery is at-least-once: the outbox relay
     * may send an event again after a crash or a race, and a consumer (so also a test) counts it once.
     * Counting raw records instead lets a repeat stand in for an event that has not arrived yet.
     */
    public List<ConsumerRecord<String, byte[]>> awaitDistinctEvents(Predicate<ConsumerRecord<String, byte[]>> match,
            int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<ConsumerRecord<String, byte[]>> events = eachEventOnce(seen.stream().filter(match).toList());
            if (events.size() >= count) {
                return events;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " distinct matching events within " + timeout
                        + " but saw " + events.size());
            }
            poll(Duration.ofMillis(200));
        }
    }

    private static String eventId(ConsumerRecord<String, byte[]> record) {
        String id = header(record, "ce_id");
        if (id == null) {
            throw new AssertionError("record at offset " + record.offset() + " carries no ce_id header");
        }
        return id;
    }

    /** The value of the record's last header {@code name} as text, or {@code null} when it has none. */
    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The first delivery of each event among {@code records}, told apart by {@code ce_id}, in their order: what a
     * consumer acts on when the relay delivered something twice (at-least-once).
     */
    public static List<ConsumerRecord<String, byte[]>> eachEventOnce(List<ConsumerRecord<String, byte[]>> records) {
        java.util.Map<String, ConsumerRecord<String, byte[]>> byId = new java.util.LinkedHashMap<>();
        records.forEach(record -> byId.putIfAbsent(eventId(record), record));
        return List.copyOf(byId.values());
    }

    /** Everything that arrives within {@code quietPeriod}, added to what was seen: to prove that nothing more came. */
    public List<ConsumerRecord<String, byte[]>> drain(Duration quietPeriod) {
        long deadline = System.nanoTime() + quietPeriod.toNanos();
        while (System.nanoTime() < deadline) {
            poll(Duration.ofMillis(200));
        }
        return List.copyOf(seen);
    }

    private void poll(Duration duration) {
        consumer.poll(duration).forEach(seen::add);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }

    /** Creates {@code topic} if it does not exist yet. */
    public static void ensureTopic(String bootstrapServers, String topic, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get();
            if (!existing.contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create topic " + topic, e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
