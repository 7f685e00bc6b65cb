package nl.talentcharter.eventkit.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import nl.talentcharter.contracts.EventType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records an event into an aggregate document's outbox. Nothing is published here: the event leaves
 * when the document is saved (in the same write as the state change) and the relay picks it up.
 */
public class EventRecorder {

    private final JsonMapper json;
    private final TraceparentSource traceparent;
    private final Clock clock;

    public EventRecorder(JsonMapper json, TraceparentSource traceparent, Clock clock) {
        this.json = json;
        this.traceparent = traceparent;
        this.clock = clock;
    }

    /**
     * Appends {@code payload} as the next event of the aggregate to {@code document}'s outbox.
     *
     * @param subject the aggregate id: the CloudEvents subject and the Kafka key
     */
    public <T> OutboxEntry record(OutboxCarrier document, EventType<T> type, String subject, T payload) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("an event needs its aggregate id as subject");
        }
        if (!type.payloadType().isInstance(payload)) {
            throw new IllegalArgumentException(type.type() + " carries " + type.payloadType().getName()
                    + ", not " + payload.getClass().getName());
        }
        Outbox outbox = document.getOutbox();
        if (outbox == null) {
            throw new IllegalStateException(document.getClass().getName() + ".getOutbox() returned null");
        }
        // Millisecond precision: the store keeps no more, and a re-sent event must be identical.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        OutboxEntry entry = new OutboxEntry(UUID.randomUUID().toString(), type.type(), type.source(), subject,
                outbox.nextSequence(), now, type.schemaId(), type.topic(), json.writeValueAsString(payload),
                traceparent.current().orElse(null));
        outbox.append(entry);
        return entry;
    }
}
