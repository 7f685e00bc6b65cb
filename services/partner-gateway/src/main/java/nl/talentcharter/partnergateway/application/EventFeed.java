package nl.talentcharter.partnergateway.application;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import nl.talentcharter.contracts.EventType;
import nl.talentcharter.partnergateway.domain.FeedPosition;
import nl.talentcharter.partnergateway.domain.FeedPosition.Partition;
import nl.talentcharter.partnergateway.messaging.KafkaClients;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Server-sent events straight from the public topics: each connection is its own Kafka consumer (assigned, no
 * group) positioned at the end, or exactly where the client's {@code Last-Event-ID} says. Every event's SSE id is
 * the feed position after it, so resuming neither skips nor repeats. Data = the event as a structured-mode
 * CloudEvent (JSON). Comments keep idle connections alive and notice clients that went away.
 */
@Service
public class EventFeed implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EventFeed.class);
    private static final Duration POLL = Duration.ofMillis(300);
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final KafkaClients clients;
    private final JsonMapper json;
    private final Duration connectionTimeout;
    private final Semaphore connections;
    private final ExecutorService readers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "sse-feed");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean open = true;

    public EventFeed(KafkaClients clients, JsonMapper json,
            @Value("${gateway.feed.connection-timeout:30m}") Duration connectionTimeout,
            @Value("${gateway.feed.max-connections:200}") int maxConnections) {
        this.clients = clients;
        this.json = json;
        this.connectionTimeout = connectionTimeout;
        this.connections = new Semaphore(maxConnections);
    }

    /** Thrown when every connection slot is taken. */
    public static class FeedFull extends RuntimeException {
        FeedFull() {
            super("too many open feeds; retry later");
        }
    }

    /**
     * Opens a feed of {@code types}; positioned before this returns, so every event published after it is seen.
     *
     * @param resumeAfter the client's {@code Last-Event-ID}, or null to start at the end
     * @throws IllegalArgumentException when {@code resumeAfter} is no position of these types' topics
     */
    public SseEmitter open(Set<EventType<?>> types, String resumeAfter) {
        if (!connections.tryAcquire()) {
            throw new FeedFull();
        }
        KafkaConsumer<String, byte[]> consumer = null;
        try {
            consumer = new KafkaConsumer<>(clients.consumer(Map.of(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200)),
                    new StringDeserializer(), new ByteArrayDeserializer());
            FeedPosition start = position(consumer, types, resumeAfter);
            SseEmitter emitter = new SseEmitter(connectionTimeout.toMillis());
            KafkaConsumer<String, byte[]> reader = consumer;
            Set<String> wanted = types.stream().map(EventType::type).collect(java.util.stream.Collectors.toSet());
            java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
            emitter.onCompletion(() -> closed.set(true));
            emitter.onTimeout(() -> closed.set(true));
            emitter.onError(error -> closed.set(true));
            emitter.send(SseEmitter.event().comment("talentcharter feed, position " + start));
            readers.execute(() -> stream(reader, wanted, start, emitter, closed));
            return emitter;
        } catch (RuntimeException | IOException e) {
            if (consumer != null) {
                consumer.close();
            }
            connections.release();
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        }
    }

    private FeedPosition position(KafkaConsumer<String, byte[]> consumer, Set<EventType<?>> types, String resumeAfter) {
        List<TopicPartition> partitions = new ArrayList<>();
        types.stream().map(EventType::topic).distinct().sorted().forEach(topic ->
                consumer.partitionsFor(topic, Duration.ofSeconds(10)).forEach(info ->
                        partitions.add(new TopicPartition(topic, info.partition()))));
        consumer.assign(partitions);
        Map<Partition, Long> next = new LinkedHashMap<>();
        if (resumeAfter == null) {
            consumer.seekToEnd(partitions);
            partitions.forEach(p -> next.put(new Partition(p.topic(), p.partition()), consumer.position(p)));
            return FeedPosition.of(next);
        }
        FeedPosition given = FeedPosition.parse(resumeAfter);
        for (TopicPartition partition : partitions) {
            Long offset = given.next().get(new Partition(partition.topic(), partition.partition()));
            if (offset == null) {
                // a partition the client never saw (added since, or a type added to the request): from its start
                consumer.seekToBeginning(List.of(partition));
                offset = consumer.position(partition);
            } else {
                consumer.seek(partition, offset);
            }
            next.put(new Partition(partition.topic(), partition.partition()), offset);
        }
        return FeedPosition.of(next);
    }

    private void stream(KafkaConsumer<String, byte[]> consumer, Set<String> wanted, FeedPosition start,
            SseEmitter emitter, java.util.concurrent.atomic.AtomicBoolean closed) {
        FeedPosition position = start;
        long lastSent = System.nanoTime();
        try (consumer) {
            while (open && !closed.get()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    position = position.after(new Partition(record.topic(), record.partition()), record.offset());
                    String type = header(record, "ce_type");
                    if (type != null && wanted.contains(type)) {
                        emitter.send(SseEmitter.event().id(position.toString()).name(type)
                                .data(structured(record), MediaType.APPLICATION_JSON));
                        lastSent = System.nanoTime();
                    }
                }
                if (System.nanoTime() - lastSent > HEARTBEAT.toNanos()) {
                    emitter.send(SseEmitter.event().comment("still here"));
                    lastSent = System.nanoTime();
                }
            }
            if (!closed.get()) {
                emitter.complete();
            }
        } catch (IOException | IllegalStateException gone) {
            // the client went away (or the emitter timed out): nothing to clean up but the consumer
            log.debug("feed closed: {}", gone.toString());
        } catch (RuntimeException e) {
            log.warn("feed failed: {}", e.toString());
            emitter.completeWithError(e);
        } finally {
            connections.release();
        }
    }

    /** The record as a CloudEvent in structured mode (JSON). */
    private String structured(ConsumerRecord<String, byte[]> record) {
        ObjectNode event = json.createObjectNode();
        event.put("specversion", "1.0");
        for (String attribute : List.of("id", "source", "type", "subject", "time", "dataschema", "sequence")) {
            String value = header(record, "ce_" + attribute);
            if (value != null) {
                event.put(attribute, value);
            }
        }
        event.put("datacontenttype", "application/json");
        event.set("data", json.readTree(record.value()));
        return json.writeValueAsString(event);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void destroy() {
        open = false;
        readers.shutdown();
    }
}
