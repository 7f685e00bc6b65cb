package nl.talentcharter.eventkit.cloudevents;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.talentcharter.eventkit.outbox.OutboxEntry;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Turns an outbox entry into a Kafka record in CloudEvents binary content mode. The CloudEvents SDK
 * writes the {@code ce_*} and {@code content-type} headers (the names the conventions require, checked by
 * a test that reads the raw headers); the plain W3C {@code traceparent} is not a CloudEvents attribute,
 * so it is added here.
 */
public final class CloudEventRecords {

    /**
     * Sources and schema ids are a handful of constants, but parsing them as URIs for every record was a
     * measurable part of the relay's work (docs/benchmarks.md). Bounded so odd input cannot grow it forever.
     */
    private static final int MAX_CACHED_URIS = 1024;
    private static final Map<String, URI> URIS = new ConcurrentHashMap<>();

    private CloudEventRecords() {
    }

    public static ProducerRecord<String, byte[]> toRecord(OutboxEntry entry) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(entry.eventId())
                .withSource(uri(entry.source()))
                .withType(entry.type())
                .withSubject(entry.subject())
                .withTime(entry.time().atOffset(ZoneOffset.UTC))
                .withDataContentType(CloudEventHeaders.JSON)
                .withExtension("sequence", Long.toString(entry.sequence()))
                .withData(entry.data().getBytes(StandardCharsets.UTF_8));
        if (entry.dataschema() != null) {
            builder.withDataSchema(uri(entry.dataschema()));
        }
        if (entry.traceparent() != null) {
            builder.withExtension("traceparent", entry.traceparent());
        }
        CloudEvent event = builder.build();
        ProducerRecord<String, byte[]> record = KafkaMessageFactory
                .<String>createWriter(entry.topic(), entry.subject())
                .writeBinary(event);
        if (entry.traceparent() != null) {
            record.headers().add(CloudEventHeaders.TRACEPARENT, entry.traceparent().getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    private static URI uri(String value) {
        URI cached = URIS.get(value);
        if (cached != null) {
            return cached;
        }
        URI parsed = URI.create(value);
        if (URIS.size() < MAX_CACHED_URIS) {
            URIS.put(value, parsed);
        }
        return parsed;
    }
}
