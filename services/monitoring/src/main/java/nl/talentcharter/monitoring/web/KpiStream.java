package nl.talentcharter.monitoring.web;

import nl.talentcharter.monitoring.messaging.KafkaClientSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import nl.talentcharter.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Streams the compacted KPI topic to one SSE client. The topic is the truth of what was announced, so the
 * stream needs no store of its own and every instance serves the same sequence: the SSE id is the client's
 * position on the topic ({@code <partition>:<next offset>} per partition), and a client that reconnects with
 * {@code Last-Event-ID} continues exactly there. Without it the client reads from the beginning, which on a
 * compacted topic is the latest figure of every cell, then follows changes; or, when it asks to start at the
 * end (a dashboard that reads current figures from the API), it gets an event {@code position} carrying its
 * start position as id, and then only the changes.
 */
@Component
public class KpiStream implements DisposableBean {

    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaClientSettings kafka;
    private final ExecutorService streams = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "kpi-sse");
        thread.setDaemon(true);
        return thread;
    });

    public KpiStream(KafkaClientSettings kafka) {
        this.kafka = kafka;
    }

    /** @throws InvalidResumePosition when {@code lastEventId} is not a position this stream handed out */
    public SseEmitter open(String lastEventId) {
        return open(lastEventId, false);
    }

    /**
     * @param fromEnd without {@code lastEventId}: start after the last snapshot instead of at the beginning
     * @throws InvalidResumePosition when {@code lastEventId} is not a position this stream handed out
     */
    public SseEmitter open(String lastEventId, boolean fromEnd) {
        Map<Integer, Long> resumeAt = parse(lastEventId);
        boolean startAtEnd = fromEnd && resumeAt.isEmpty();
        SseEmitter emitter = new SseEmitter(Duration.ofMinutes(30).toMillis());
        AtomicBoolean open = new AtomicBoolean(true);
        emitter.onCompletion(() -> open.set(false));
        emitter.onTimeout(() -> open.set(false));
        emitter.onError(error -> open.set(false));
        streams.execute(() -> follow(emitter, open, resumeAt, startAtEnd));
        return emitter;
    }

    private void follow(SseEmitter emitter, AtomicBoolean open, Map<Integer, Long> resumeAt, boolean startAtEnd) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(kafka.with(Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false)), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = partitions(consumer, open);
            consumer.assign(partitions);
            Map<Integer, Long> positions = new TreeMap<>();
            for (TopicPartition partition : partitions) {
                Long offset = resumeAt.get(partition.partition());
                if (offset == null && startAtEnd) {
                    consumer.seekToEnd(List.of(partition));
                } else if (offset == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, offset);
                }
                positions.put(partition.partition(), consumer.position(partition));
            }
            emitter.send(SseEmitter.event().comment("following " + Topics.MONITORING_KPI));
            if (startAtEnd) {
                // the client's first resume point, so a reconnect before any change misses nothing
                emitter.send(SseEmitter.event().id(format(positions)).name("position").data("{}"));
            }
            while (open.get()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    positions.put(record.partition(), record.offset() + 1);
                    emitter.send(SseEmitter.event().id(format(positions)).name("kpi")
                            .data(new String(record.value(), StandardCharsets.UTF_8), MediaType.APPLICATION_JSON));
                }
            }
        } catch (IOException | IllegalStateException clientGone) {
            open.set(false);
        } catch (RuntimeException e) {
            emitter.completeWithError(e);
        }
    }

    /** The topic's partitions, waiting (while the client stays) for a topic that does not exist yet. */
    private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer, AtomicBoolean open) {
        while (open.get()) {
            List<org.apache.kafka.common.PartitionInfo> found = consumer.partitionsFor(Topics.MONITORING_KPI,
                    POLL.multipliedBy(20));
            if (found != null && !found.isEmpty()) {
                return found.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return List.of();
    }

    static String format(Map<Integer, Long> positions) {
        return positions.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","));
    }

    static Map<Integer, Long> parse(String lastEventId) {
        Map<Integer, Long> positions = new HashMap<>();
        if (lastEventId == null || lastEventId.isBlank()) {
            return positions;
        }
        try {
            for (String part : lastEventId.split(",")) {
                String[] pair = part.split(":");
                if (pair.length != 2) {
                    throw new NumberFormatException(part);
                }
                long offset = Long.parseLong(pair[1].trim());
                int partition = Integer.parseInt(pair[0].trim());
                if (offset < 0 || partition < 0) {
                    throw new NumberFormatException(part);
                }
                positions.put(partition, offset);
            }
        } catch (NumberFormatException e) {
            throw new InvalidResumePosition(lastEventId);
        }
        return positions;
    }

    @Override
    public void destroy() {
        streams.shutdownNow();
    }
}
