package nl.talentcharter.events.domain;

import java.time.Instant;
import java.util.UUID;
import nl.talentcharter.contracts.events.AttendanceOutcome;

/**
 * One person's registration for one gathering. {@code number} is the order of arrival, which is also
 * the waitlist order; {@code id} is pseudonymous and is all that leaves the service.
 *
 * @param cancelToken a secret a guest (who has no account) uses to cancel; null for member contacts
 */
public record Registration(String id, long number, Attendee attendee, RegistrationStatus status,
        Instant registeredAt, Instant confirmedAt, AttendanceOutcome attendance, Instant attendanceAt,
        String cancelToken) {

    static Registration arrive(long number, Attendee attendee, RegistrationStatus status, Instant now) {
        String token = attendee.isMember() ? null : UUID.randomUUID().toString();
        return new Registration(UUID.randomUUID().toString(), number, attendee, status, now,
                status == RegistrationStatus.CONFIRMED ? now : null, null, null, token);
    }

    public boolean isActive() {
        return status != RegistrationStatus.CANCELLED;
    }

    Registration withStatus(RegistrationStatus newStatus, Instant now) {
        return new Registration(id, number, attendee, newStatus, registeredAt,
                newStatus == RegistrationStatus.CONFIRMED ? now : confirmedAt, attendance, attendanceAt, cancelToken);
    }

    Registration withAttendance(AttendanceOutcome outcome, Instant now) {
        return new Registration(id, number, attendee, status, registeredAt, confirmedAt, outcome, now, cancelToken);
    }
}
