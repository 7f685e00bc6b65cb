package nl.talentcharter.contracts.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A registration got a seat at once. The person appears by the pseudonymous registration id only.
 *
 * @param memberId the member organisation of a member contact; absent for a guest
 */
public record RegistrationConfirmed(
        String eventId,
        String registrationId,
        AttendeeKind attendeeKind,
        @JsonInclude(JsonInclude.Include.NON_NULL) String memberId,
        Instant confirmedAt) {

    public RegistrationConfirmed {
        requireNonNull(eventId, "eventId");
        requireNonNull(registrationId, "registrationId");
        requireNonNull(attendeeKind, "attendeeKind");
        requireNonNull(confirmedAt, "confirmedAt");
    }
}
