package nl.talentcharter.events.domain;

import java.time.Instant;
import nl.talentcharter.contracts.events.AttendanceOutcome;

/**
 * What happened to a gathering, raised by {@link Gathering} and turned into contract events by the
 * messaging layer ("event" in the CloudEvents sense; the domain thing itself is a {@link Gathering}).
 */
public sealed interface GatheringEvent {

    record Scheduled() implements GatheringEvent {
    }

    record Rescheduled(Instant previousStartsAt, Instant at) implements GatheringEvent {
    }

    record Cancelled(String reason, Instant at) implements GatheringEvent {
    }

    record RegistrationConfirmed(String registrationId) implements GatheringEvent {
    }

    record RegistrationWaitlisted(String registrationId, int position) implements GatheringEvent {
    }

    record WaitlistPromoted(String registrationId, Instant at) implements GatheringEvent {
    }

    record RegistrationCancelled(String registrationId, boolean wasConfirmed, Instant at) implements GatheringEvent {
    }

    record AttendanceRecorded(String registrationId, AttendanceOutcome outcome, Instant at) implements GatheringEvent {
    }

    record DecisionRecorded(Decision decision) implements GatheringEvent {
    }

    record VisitReported(Instant at) implements GatheringEvent {
    }
}
