package nl.talentcharter.eventkit.inbound;

import java.time.OffsetDateTime;
import java.util.Objects;
import nl.talentcharter.contracts.EventType;

/**
 * A CloudEvent as a consumer received it: the envelope attributes, where it came from on Kafka, and the
 * payload JSON. Read the payload with {@link InboundEvents#payload}, which ignores unknown fields.
 *
 * @param sequence  per-aggregate sequence, or null when the producer sends none (partners)
 * @param time      null when absent
 * @param topic     null when the transport did not say
 * @param partition null when the transport did not say
 * @param offset    null when the transport did not say
 */
public record InboundEvent(String id, String source, String type, String subject, OffsetDateTime time,
        String dataschema, Long sequence, String traceparent, String topic, Integer partition, Long offset,
        byte[] data) {

    public InboundEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(data, "data");
    }

    public boolean is(EventType<?> eventType) {
        return eventType.type().equals(type);
    }

    public boolean hasSequence() {
        return sequence != null;
    }
}
