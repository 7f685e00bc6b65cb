package nl.talentcharter.events.messaging;

import nl.talentcharter.contracts.EventType;
import nl.talentcharter.contracts.events.AttendanceRecorded;
import nl.talentcharter.contracts.events.EventCancelled;
import nl.talentcharter.contracts.events.EventRescheduled;
import nl.talentcharter.contracts.events.EventScheduled;
import nl.talentcharter.contracts.events.EventsEvents;
import nl.talentcharter.contracts.events.GovernanceAction;
import nl.talentcharter.contracts.events.GovernanceDecisionRecorded;
import nl.talentcharter.contracts.events.HeardItem;
import nl.talentcharter.contracts.events.RegistrationCancelled;
import nl.talentcharter.contracts.events.RegistrationConfirmed;
import nl.talentcharter.contracts.events.RegistrationWaitlisted;
import nl.talentcharter.contracts.events.WaitlistPromoted;
import nl.talentcharter.contracts.events.WorkVisitReported;
import nl.talentcharter.events.domain.Gathering;
import nl.talentcharter.events.domain.GatheringEvent;
import nl.talentcharter.events.domain.Registration;
import nl.talentcharter.events.domain.VisitReport;

/**
 * Turns what happened to a gathering into the public contract events: the one place where the domain
 * meets the wire. People leave as registration ids only; guests' names and e-mail addresses, visitors and
 * online links never do.
 */
public final class ContractEvents {

    private ContractEvents() {
    }

    /** A contract event and its type, ready for the outbox. */
    public record Outgoing<T>(EventType<T> type, T payload) {
    }

    public static Outgoing<?> of(Gathering gathering, GatheringEvent event) {
        String id = gathering.id().value();
        if (event instanceof GatheringEvent.Scheduled) {
            return new Outgoing<>(EventsEvents.EVENT_SCHEDULED, scheduled(gathering));
        }
        if (event instanceof GatheringEvent.Rescheduled rescheduled) {
            return new Outgoing<>(EventsEvents.EVENT_RESCHEDULED, new EventRescheduled(id,
                    gathering.schedule().startsAt(), gathering.schedule().endsAt(), rescheduled.previousStartsAt(),
                    rescheduled.at()));
        }
        if (event instanceof GatheringEvent.Cancelled cancelled) {
            return new Outgoing<>(EventsEvents.EVENT_CANCELLED, new EventCancelled(id, cancelled.reason(),
                    cancelled.at()));
        }
        if (event instanceof GatheringEvent.RegistrationConfirmed confirmed) {
            Registration registration = gathering.registration(confirmed.registrationId());
            return new Outgoing<>(EventsEvents.REGISTRATION_CONFIRMED, new RegistrationConfirmed(id,
                    registration.id(), registration.attendee().kind(), registration.attendee().memberId(),
                    registration.registeredAt()));
        }
        if (event instanceof GatheringEvent.RegistrationWaitlisted waitlisted) {
            Registration registration = gathering.registration(waitlisted.registrationId());
            return new Outgoing<>(EventsEvents.REGISTRATION_WAITLISTED, new RegistrationWaitlisted(id,
                    registration.id(), registration.attendee().kind(), registration.attendee().memberId(),
                    waitlisted.position(), registration.registeredAt()));
        }
        if (event instanceof GatheringEvent.WaitlistPromoted promoted) {
            return new Outgoing<>(EventsEvents.WAITLIST_PROMOTED, new WaitlistPromoted(id, promoted.registrationId(),
                    promoted.at()));
        }
        if (event instanceof GatheringEvent.RegistrationCancelled cancelled) {
            return new Outgoing<>(EventsEvents.REGISTRATION_CANCELLED, new RegistrationCancelled(id,
                    cancelled.registrationId(), cancelled.wasConfirmed(), cancelled.at()));
        }
        if (event instanceof GatheringEvent.AttendanceRecorded attendance) {
            return new Outgoing<>(EventsEvents.ATTENDANCE_RECORDED, new AttendanceRecorded(id,
                    attendance.registrationId(), attendance.outcome(), attendance.at()));
        }
        if (event instanceof GatheringEvent.DecisionRecorded recorded) {
            return new Outgoing<>(EventsEvents.GOVERNANCE_DECISION_RECORDED, new GovernanceDecisionRecorded(id,
                    recorded.decision().id(), gathering.kind(), recorded.decision().text(),
                    recorded.decision().decidedOn(), recorded.decision().actions().stream()
                            .map(a -> new GovernanceAction(a.description(), a.owner(), a.dueOn())).toList()));
        }
        if (event instanceof GatheringEvent.VisitReported) {
            VisitReport report = gathering.visitReport();
            return new Outgoing<>(EventsEvents.WORK_VISIT_REPORTED, new WorkVisitReported(id,
                    gathering.visitedMemberId(), report.visitedOn(), report.heard().stream()
                            .map(h -> new HeardItem(h.kind(), h.summary(), h.actionLines(), h.tags())).toList(),
                    report.followUps().size()));
        }
        throw new IllegalArgumentException("no contract event for " + event);
    }

    static EventScheduled scheduled(Gathering g) {
        return new EventScheduled(g.id().value(), g.kind(), g.title(), g.schedule().startsAt(),
                g.schedule().endsAt(), g.placeName(), g.onlineLink() != null, g.audience(), g.capacity(),
                g.window().opensAt(), g.window().closesAt(), g.organiserMemberIds(), g.organiserPartners(),
                g.actionLines(), g.visitedMemberId());
    }
}
