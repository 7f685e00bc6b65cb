package nl.talentcharter.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A gathering moved to another time; registrations stay as they are. */
public record EventRescheduled(
        String eventId,
        Instant startsAt,
        Instant endsAt,
        Instant previousStartsAt,
        Instant rescheduledAt) {

    public EventRescheduled {
        requireNonNull(eventId, "eventId");
        requireNonNull(startsAt, "startsAt");
        requireNonNull(endsAt, "endsAt");
        requireNonNull(previousStartsAt, "previousStartsAt");
        requireNonNull(rescheduledAt, "rescheduledAt");
    }
}
