package nl.talentcharter.eventkit.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.talentcharter.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaOperations;

/**
 * Reads dead-letter topics and re-drives dead letters to their original topic, each at most once.
 *
 * <p>Which dead letters were re-driven is kept in collection {@value #REDRIVEN}, keyed by
 * {@code topic/partition/offset} in {@code _id} (unique even on the embedded store). The key is claimed
 * before sending: a second re-drive finds the claim and sends nothing; a failed send releases it.
 */
public class DeadLetters {

    public static final String REDRIVEN = "eventkit_redriven_dead_letters";
    private static final Duration POLL = Duration.ofMillis(500);

    private final String bootstrapServers;
    private final Map<String, Object> clientSecurity;
    private final KafkaOperations<String, byte[]> template;
    private final MongoTemplate mongo;
    private final int maxPerTopic;

    public DeadLetters(String bootstrapServers, KafkaOperations<String, byte[]> template, MongoTemplate mongo,
            int maxPerTopic) {
        this(bootstrapServers, Map.of(), template, mongo, maxPerTopic);
    }

    /** @param clientSecurity login settings for the kit's own admin client and consumer (KafkaClientSecurity) */
    public DeadLetters(String bootstrapServers, Map<String, Object> clientSecurity,
            KafkaOperations<String, byte[]> template, MongoTemplate mongo, int maxPerTopic) {
        this.clientSecurity = Map.copyOf(clientSecurity);
        this.bootstrapServers = bootstrapServers;
        this.template = template;
        this.mongo = mongo;
        this.maxPerTopic = maxPerTopic;
    }

    /** The dead-letter topics on the broker. */
    public List<String> topics() {
        try (Admin admin = ShortLivedAdmin.open(bootstrapServers, clientSecurity)) {
            Set<String> names = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            return names.stream().filter(Topics::isDeadLetter).sorted().toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not list dead-letter topics", e);
        }
    }

    /** Dead letters per dead-letter topic (the oldest {@code maxPerTopic} of each). */
    public Map<String, List<DeadLetter>> list() {
        Map<String, List<DeadLetter>> all = new TreeMap<>();
        for (String topic : topics()) {
            all.put(topic, list(topic));
        }
        return all;
    }

    public List<DeadLetter> list(String deadLetterTopic) {
        requireDeadLetterTopic(deadLetterTopic);
        Set<String> redriven = redrivenReferences(deadLetterTopic);
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(deadLetterTopic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (letters.size() < maxPerTopic && !reached(consumer, end)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (letters.size() < maxPerTopic) {
                        letters.add(toDeadLetter(record, redriven));
                    }
                }
            }
        }
        return letters;
    }

    /** Re-drives one dead letter to its original topic, unless it was re-driven before. */
    public RedriveOutcome redrive(String deadLetterTopic, int partition, long offset) {
        requireDeadLetterTopic(deadLetterTopic);
        String reference = DeadLetter.reference(deadLetterTopic, partition, offset);
        ConsumerRecord<String, byte[]> record = read(deadLetterTopic, partition, offset);
        String target = originalTopic(record);
        try {
            mongo.insert(new Document("_id", reference).append("deadLetterTopic", deadLetterTopic)
                    .append("targetTopic", target).append("claimedAt", Instant.now()), REDRIVEN);
        } catch (DuplicateKeyException already) {
            return new RedriveOutcome(reference, RedriveOutcome.Status.ALREADY_REDRIVEN, target);
        }
        try {
            template.send(redriven(record, target, reference)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            mongo.remove(new Query(Criteria.where("_id").is(reference)), REDRIVEN);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("re-drive of " + reference + " failed; it can be retried", e);
        }
        mongo.getCollection(REDRIVEN).updateOne(new Document("_id", reference),
                new Document("$set", new Document("redrivenAt", java.util.Date.from(Instant.now()))));
        return new RedriveOutcome(reference, RedriveOutcome.Status.REDRIVEN, target);
    }

    /** Re-drives every dead letter of the topic that has not been re-driven yet. */
    public List<RedriveOutcome> redriveAll(String deadLetterTopic) {
        List<RedriveOutcome> outcomes = new ArrayList<>();
        for (DeadLetter letter : list(deadLetterTopic)) {
            if (!letter.redriven()) {
                outcomes.add(redrive(letter.deadLetterTopic(), letter.partition(), letter.offset()));
            }
        }
        return outcomes;
    }

    private ProducerRecord<String, byte[]> redriven(ConsumerRecord<String, byte[]> record, String target,
            String reference) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!isDeadLetterHeader(header.key())) {
                headers.add(header);
            }
        }
        headers.add(DeadLetterHeaders.REDRIVEN_FROM, reference.getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(target, null, record.key(), record.value(), headers);
    }

    private static boolean isDeadLetterHeader(String name) {
        return name.startsWith("x-dead-letter-") || name.startsWith("x-original-") || name.startsWith("kafka_dlt-")
                || name.equals(DeadLetterHeaders.EXCEPTION_CLASS) || name.equals(DeadLetterHeaders.REDRIVEN_FROM);
    }

    private ConsumerRecord<String, byte[]> read(String topic, int partition, long offset) {
        String reference = DeadLetter.reference(topic, partition, offset);
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            TopicPartition tp = new TopicPartition(topic, partition);
            if (consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream().noneMatch(p -> p.partition() == partition)) {
                throw new UnknownDeadLetterException(reference);
            }
            consumer.assign(List.of(tp));
            long end = consumer.endOffsets(List.of(tp)).get(tp);
            if (offset < 0 || offset >= end) {
                throw new UnknownDeadLetterException(reference);
            }
            consumer.seek(tp, offset);
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() == offset) {
                        return record;
                    }
                    if (record.offset() > offset) {
                        throw new UnknownDeadLetterException(reference);
                    }
                }
            }
            throw new IllegalStateException("could not read dead letter " + reference + " in time");
        }
    }

    private DeadLetter toDeadLetter(ConsumerRecord<String, byte[]> record, Set<String> redriven) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        String originalPartition = headers.get(DeadLetterHeaders.ORIGINAL_PARTITION);
        String originalOffset = headers.get(DeadLetterHeaders.ORIGINAL_OFFSET);
        return new DeadLetter(record.topic(), record.partition(), record.offset(), record.key(),
                Instant.ofEpochMilli(record.timestamp()), headers.get(DeadLetterHeaders.REASON),
                headers.get(DeadLetterHeaders.DETAIL), originalTopic(record),
                originalPartition == null ? null : Integer.valueOf(originalPartition),
                originalOffset == null ? null : Long.valueOf(originalOffset), headers,
                redriven.contains(DeadLetter.reference(record.topic(), record.partition(), record.offset())));
    }

    private static String originalTopic(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(DeadLetterHeaders.ORIGINAL_TOPIC);
        return header == null ? Topics.origin(record.topic()) : new String(header.value(), StandardCharsets.UTF_8);
    }

    private Set<String> redrivenReferences(String deadLetterTopic) {
        Set<String> references = new java.util.HashSet<>();
        mongo.getCollection(REDRIVEN).find(new Document("deadLetterTopic", deadLetterTopic))
                .forEach(d -> references.add(d.getString("_id")));
        return references;
    }

    private static boolean reached(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static void requireDeadLetterTopic(String topic) {
        if (topic == null || !Topics.isDeadLetter(topic)) {
            throw new IllegalArgumentException(topic + " is not a dead-letter topic (<topic>.dlq)");
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Map<String, Object> config = new java.util.HashMap<>(clientSecurity);
        config.putAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // looking at a dead-letter topic must not create it
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.CLIENT_ID_CONFIG, "eventkit-dead-letters"));
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
