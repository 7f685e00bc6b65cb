package nl.talentcharter.eventkit.outbox;

import java.time.Instant;
import java.util.Objects;

/**
 * One event waiting in an aggregate's {@link Outbox}: everything the relay needs to publish it as a
 * CloudEvent, fixed at the moment it was recorded so that a re-send is byte-for-byte the same event.
 *
 * @param eventId     CloudEvents {@code id}, a UUID
 * @param type        CloudEvents {@code type}
 * @param source      CloudEvents {@code source}
 * @param subject     CloudEvents {@code subject} and the Kafka record key: the aggregate id
 * @param sequence    per-aggregate sequence number, starting at 1
 * @param time        when the event happened (millisecond precision, as the store keeps it)
 * @param dataschema  the schema's {@code $id}
 * @param topic       where the event goes
 * @param data        the payload as JSON
 * @param traceparent W3C trace context of the request that caused the event, or null
 */
public record OutboxEntry(String eventId, String type, String source, String subject, long sequence, Instant time,
        String dataschema, String topic, String data, String traceparent) {

    public OutboxEntry {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(data, "data");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
    }
}
