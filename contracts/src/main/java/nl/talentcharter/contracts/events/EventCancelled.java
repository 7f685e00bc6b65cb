package nl.talentcharter.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A gathering will not take place; it accepts no registrations any more. */
public record EventCancelled(String eventId, String reason, Instant cancelledAt) {

    public EventCancelled {
        requireNonNull(eventId, "eventId");
        requireNonNull(reason, "reason");
        requireNonNull(cancelledAt, "cancelledAt");
    }
}
