package nl.talentcharter.contracts.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A registration found every seat taken and joined the waitlist.
 *
 * @param memberId the member organisation of a member contact; absent for a guest
 * @param position place on the waitlist when it joined, from 1
 */
public record RegistrationWaitlisted(
        String eventId,
        String registrationId,
        AttendeeKind attendeeKind,
        @JsonInclude(JsonInclude.Include.NON_NULL) String memberId,
        int position,
        Instant waitlistedAt) {

    public RegistrationWaitlisted {
        requireNonNull(eventId, "eventId");
        requireNonNull(registrationId, "registrationId");
        requireNonNull(attendeeKind, "attendeeKind");
        requireNonNull(waitlistedAt, "waitlistedAt");
    }
}
