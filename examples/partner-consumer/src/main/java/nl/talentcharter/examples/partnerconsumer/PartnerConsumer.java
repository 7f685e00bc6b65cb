package nl.talentcharter.examples.partnerconsumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the alliance's CloudEvents from Kafka, validates each payload against the schema its
 * {@code ce_dataschema} names, hands valid events to an {@link EventHandler} and reports the rest to an
 * {@link InvalidEventReporter}.
 *
 * <p>The reading rules a partner should keep:
 * <ul>
 * <li>its own consumer group, so the broker remembers where it stopped;</li>
 * <li>{@code isolation.level=read_committed}: the platform publishes in transactions, aborted ones are never seen;</li>
 * <li>commits by hand, only for records that were handled or reported: a crash re-reads, never skips;</li>
 * <li>a tolerant reader: payload fields and headers it does not know are ignored (schemas allow them).</li>
 * </ul>
 * Run it on one thread ({@link #run()}); {@link #stop()} may be called from any other.
 */
public final class PartnerConsumer implements Runnable, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PartnerConsumer.class);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Properties config;
    private final List<String> topics;
    private final SchemaCatalog schemas;
    private final EventHandler handler;
    private final InvalidEventReporter reporter;
    private final AtomicBoolean running = new AtomicBoolean(true);

    /**
     * @param kafka    client settings: at least {@code bootstrap.servers} and {@code group.id}; SASL settings too
     *                 where the broker asks for them. Deserializers, commits and isolation are set here.
     * @param topics   e.g. {@code talentcharter.members}, {@code talentcharter.pools}
     */
    public PartnerConsumer(Properties kafka, List<String> topics, SchemaCatalog schemas, EventHandler handler,
            InvalidEventReporter reporter) {
        if (kafka.getProperty(ConsumerConfig.GROUP_ID_CONFIG) == null) {
            throw new IllegalArgumentException("group.id is required: the committed position belongs to a group");
        }
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("name at least one topic");
        }
        this.config = new Properties();
        this.config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.config.putAll(kafka);
        this.config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        this.config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.topics = List.copyOf(topics);
        this.schemas = schemas;
        this.handler = handler;
        this.reporter = reporter;
    }

    /**
     * Polls until {@link #stop()}. Returns normally after a stop; throws (after committing what was done)
     * when the handler fails or a schema cannot be fetched, leaving that record to be read again.
     */
    @Override
    public void run() {
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(topics);
            while (running.get()) {
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                try {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                        process(record);
                        done.put(new TopicPartition(record.topic(), record.partition()),
                                new OffsetAndMetadata(record.offset() + 1));
                    }
                } finally {
                    if (!done.isEmpty()) {
                        consumer.commitSync(done);
                    }
                }
            }
        }
    }

    /** Ends {@link #run()} after the records in hand are processed and committed. */
    public void stop() {
        running.set(false);
    }

    @Override
    public void close() {
        stop();
    }

    private void process(ConsumerRecord<String, byte[]> record) {
        RecordPosition position = new RecordPosition(record.topic(), record.partition(), record.offset());
        CloudEventHeaders headers = CloudEventHeaders.of(record.headers());
        List<String> problems = new ArrayList<>(headers.problems());
        JsonNode payload = null;
        if (problems.isEmpty()) {
            payload = parse(record.value(), problems);
        }
        if (problems.isEmpty()) {
            problems.addAll(schemas.violations(headers.dataSchema(), payload));
        }
        if (!problems.isEmpty()) {
            reporter.report(new InvalidEvent(position, headers.id(), headers.type(), problems));
            return;
        }
        ReceivedEvent event = new ReceivedEvent(headers.id(), headers.source(), headers.type(), headers.subject(),
                headers.time(), headers.dataSchema(), headers.sequence(), payload, position);
        try {
            handler.handle(event);
        } catch (Exception e) {
            log.error("handler failed on {} ({} {}); stopping so that it is read again", position, event.type(),
                    event.id(), e);
            throw new HandlerFailedException(event, e);
        }
    }

    private static JsonNode parse(byte[] value, List<String> problems) {
        if (value == null || value.length == 0) {
            problems.add("$: the payload is empty");
            return null;
        }
        try {
            return JSON.readTree(value);
        } catch (JacksonException e) {
            problems.add("$: the payload is not JSON: " + e.getOriginalMessage());
            return null;
        }
    }

    /** The handler threw: the consumer stopped before committing {@link #event()}. */
    public static final class HandlerFailedException extends RuntimeException {

        private final transient ReceivedEvent event;

        HandlerFailedException(ReceivedEvent event, Exception cause) {
            super("handling " + event.type() + " " + event.id() + " at " + event.position() + " failed", cause);
            this.event = event;
        }

        public ReceivedEvent event() {
            return event;
        }
    }
}
