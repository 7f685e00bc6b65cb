package nl.talentcharter.eventkit.cloudevents;

import io.cloudevents.SpecVersion;
import io.cloudevents.core.data.BytesCloudEventData;
import io.cloudevents.core.v1.CloudEventV1;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import nl.talentcharter.eventkit.outbox.OutboxEntry;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Turns an outbox entry into a Kafka record in CloudEvents binary content mode. The CloudEvents SDK's Kafka
 * writer names and encodes the {@code ce_*} and {@code content-type} headers (the names the conventions
 * require, checked by a test that reads the raw headers); the plain W3C {@code traceparent} is not a
 * CloudEvents attribute, so it is added here.
 *
 * <p>The attributes go straight into the SDK's writer, in the order its own reader of a {@code CloudEvent}
 * would hand them over, instead of building a {@code CloudEvent} first only to have it read back out: the
 * relay does this for every event, and the detour (builder, URI parsing, the event object, its reader) cost
 * more than sending the record (docs/benchmarks.md). An entry was made by {@code EventRecorder}, which
 * already holds what the builder would check: an id, a source, a type, a subject, a time.
 */
public final class CloudEventRecords {

    private CloudEventRecords() {
    }

    public static ProducerRecord<String, byte[]> toRecord(OutboxEntry entry) {
        CloudEventWriter<ProducerRecord<String, byte[]>> writer = KafkaMessageFactory
                .<String>createWriter(entry.topic(), entry.subject())
                .create(SpecVersion.V1);
        writer.withContextAttribute(CloudEventV1.ID, entry.eventId());
        writer.withContextAttribute(CloudEventV1.SOURCE, entry.source());
        writer.withContextAttribute(CloudEventV1.TYPE, entry.type());
        writer.withContextAttribute(CloudEventV1.DATACONTENTTYPE, CloudEventHeaders.JSON);
        if (entry.dataschema() != null) {
            writer.withContextAttribute(CloudEventV1.DATASCHEMA, entry.dataschema());
        }
        writer.withContextAttribute(CloudEventV1.SUBJECT, entry.subject());
        writer.withContextAttribute(CloudEventV1.TIME, entry.time().atOffset(ZoneOffset.UTC));
        writer.withContextAttribute("sequence", Long.toString(entry.sequence()));
        if (entry.traceparent() != null) {
            writer.withContextAttribute("traceparent", entry.traceparent());
        }
        ProducerRecord<String, byte[]> record =
                writer.end(BytesCloudEventData.wrap(entry.data().getBytes(StandardCharsets.UTF_8)));
        if (entry.traceparent() != null) {
            record.headers().add(CloudEventHeaders.TRACEPARENT, entry.traceparent().getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }
}
