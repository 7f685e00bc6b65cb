package nl.talentcharter.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * A test acting as another service (or a partner system): publishes CloudEvents in Kafka binary content mode
 * the way an outbox relay does (conventions.md, "Events on the wire"): {@code ce_*} headers, record key =
 * subject, value = the payload JSON, and a per-subject {@code ce_sequence} starting at 1 when asked for.
 *
 * <p>It knows no service and no contract: callers name topic, type, source and schema, and may hand in a
 * {@link PayloadCheck} (the contracts' schema check) so that a test can never publish what no real producer
 * could. Each send waits for the broker's acknowledgement, so what a test published is on the topic when
 * {@link Event#publish()} returns.
 *
 * <p>Register it as a {@code static} {@code @RegisterExtension} field: the producer opens on first use and
 * closes after each test class, so none outlives the JVM's broker; the sequences stay, as subjects are unique
 * per test anyway. Outside JUnit, close it yourself.
 */
public final class CloudEventPublisher implements AfterAllCallback, AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long SEND_TIMEOUT_SECONDS = 30;

    /** Refuses a payload no real producer of {@code type} could publish, by throwing. */
    @FunctionalInterface
    public interface PayloadCheck {
        void check(String type, byte[] data);
    }

    private final Supplier<String> bootstrapServers;
    private final PayloadCheck payloadCheck;
    private final Map<String, AtomicLong> sequences = new ConcurrentHashMap<>();
    private KafkaProducer<String, byte[]> producer;

    private CloudEventPublisher(Supplier<String> bootstrapServers, PayloadCheck payloadCheck) {
        this.bootstrapServers = bootstrapServers;
        this.payloadCheck = payloadCheck;
    }

    /** On the JVM's shared broker ({@link TestInfrastructure}), publishing any payload as given. */
    public static CloudEventPublisher onSharedBroker() {
        return onSharedBroker((type, data) -> { });
    }

    /** On the JVM's shared broker, refusing (before sending) every payload {@code check} refuses. */
    public static CloudEventPublisher onSharedBroker(PayloadCheck check) {
        // resolved on first publish: the broker starts lazily, not when a test class is loaded
        return new CloudEventPublisher(() -> TestInfrastructure.get().kafkaBootstrapServers(), check);
    }

    public static CloudEventPublisher on(String bootstrapServers, PayloadCheck check) {
        return new CloudEventPublisher(() -> bootstrapServers, check);
    }

    /** A new event of {@code type} from {@code source} for {@code topic}; nothing is sent before {@link Event#publish()}. */
    public Event event(String topic, String type, String source) {
        return new Event(topic, type, source);
    }

    /** The sequence the last event published with {@link Event#nextSequence()} for {@code subject} carried. */
    public long lastSequence(String subject) {
        AtomicLong sequence = sequences.get(subject);
        if (sequence == null) {
            throw new IllegalStateException("no event with a counted sequence was published for " + subject);
        }
        return sequence.get();
    }

    /**
     * The partition the producer's default partitioner puts {@code key} on: to line another aggregate's event up
     * behind it on the same partition.
     */
    public int partitionOf(String topic, String key) {
        int partitions = producer().partitionsFor(topic).size();
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
            producer = null;
        }
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers.get(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    /**
     * One event being described. Left out, {@code ce_id} is a fresh UUID and {@code ce_time} now; a {@code null}
     * subject, time, schema or sequence leaves its header out (a partner's bare message has none of them).
     */
    public final class Event {

        private final String topic;
        private final String type;
        private final String source;
        private String id = UUID.randomUUID().toString();
        private String subject;
        private Instant time = Instant.now();
        private String dataschema;
        private Long sequence;
        private boolean countSequence;
        private Integer partition;
        private byte[] data;

        private Event(String topic, String type, String source) {
            this.topic = Objects.requireNonNull(topic, "topic");
            this.type = Objects.requireNonNull(type, "type");
            this.source = Objects.requireNonNull(source, "source");
        }

        /** The same id again makes a duplicate delivery. */
        public Event id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /** The aggregate the event is about: {@code ce_subject} and the record key. */
        public Event subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Event time(Instant time) {
            this.time = time;
            return this;
        }

        public Event dataschema(String dataschema) {
            this.dataschema = dataschema;
            return this;
        }

        /** An explicit {@code ce_sequence} (a replay or a gap); it does not move the subject's counter. */
        public Event sequence(long sequence) {
            this.sequence = sequence;
            this.countSequence = false;
            return this;
        }

        /** The subject's next {@code ce_sequence}: 1 for its first counted event, then 2, 3, ... */
        public Event nextSequence() {
            this.countSequence = true;
            this.sequence = null;
            return this;
        }

        /** {@code null} = the producer's choice by key. */
        public Event partition(Integer partition) {
            this.partition = partition;
            return this;
        }

        public Event data(byte[] json) {
            this.data = json;
            return this;
        }

        public Event data(String json) {
            return data(json.getBytes(StandardCharsets.UTF_8));
        }

        /** The payload as JSON, serialised as the services' own mapper does (ISO dates, enum names). */
        public Event json(Object payload) {
            return data(JSON.writeValueAsBytes(payload));
        }

        /** Checks the payload, sends the record and waits until the broker has it; returns its {@code ce_id}. */
        public String publish() {
            if (data == null) {
                throw new IllegalStateException("event " + type + " has no data");
            }
            payloadCheck.check(type, data);
            if (countSequence) {
                if (subject == null) {
                    throw new IllegalStateException("a counted sequence belongs to a subject; " + type + " has none");
                }
                sequence = sequences.computeIfAbsent(subject, s -> new AtomicLong()).incrementAndGet();
            }
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, partition, subject, data);
            headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            try {
                producer().send(record).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("could not publish " + type + " on " + topic, e);
            }
            return id;
        }

        private Map<String, String> headers() {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("ce_specversion", "1.0");
            headers.put("ce_id", id);
            headers.put("ce_source", source);
            headers.put("ce_type", type);
            if (subject != null) {
                headers.put("ce_subject", subject);
            }
            if (time != null) {
                headers.put("ce_time", time.toString());
            }
            if (dataschema != null) {
                headers.put("ce_dataschema", dataschema);
            }
            if (sequence != null) {
                headers.put("ce_sequence", Long.toString(sequence));
            }
            headers.put("content-type", "application/json");
            return headers;
        }
    }
}
