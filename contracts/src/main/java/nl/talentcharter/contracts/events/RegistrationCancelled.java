package nl.talentcharter.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A registration was withdrawn.
 *
 * @param wasConfirmed whether it held a seat (then a {@link WaitlistPromoted} may follow) or was waitlisted
 */
public record RegistrationCancelled(String eventId, String registrationId, boolean wasConfirmed, Instant cancelledAt) {

    public RegistrationCancelled {
        requireNonNull(eventId, "eventId");
        requireNonNull(registrationId, "registrationId");
        requireNonNull(cancelledAt, "cancelledAt");
    }
}
