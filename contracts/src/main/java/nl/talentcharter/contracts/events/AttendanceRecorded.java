package nl.talentcharter.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** The door checked a confirmed registration in, or recorded it as a no-show; once per registration. */
public record AttendanceRecorded(String eventId, String registrationId, AttendanceOutcome outcome, Instant recordedAt) {

    public AttendanceRecorded {
        requireNonNull(eventId, "eventId");
        requireNonNull(registrationId, "registrationId");
        requireNonNull(outcome, "outcome");
        requireNonNull(recordedAt, "recordedAt");
    }
}
