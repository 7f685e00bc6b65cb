package nl.talentcharter.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A seat came free and went to this waitlisted registration, which is confirmed from now on. */
public record WaitlistPromoted(String eventId, String registrationId, Instant promotedAt) {

    public WaitlistPromoted {
        requireNonNull(eventId, "eventId");
        requireNonNull(registrationId, "registrationId");
        requireNonNull(promotedAt, "promotedAt");
    }
}
