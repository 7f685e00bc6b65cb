package nl.talentcharter.contracts.events;

import java.util.List;
import nl.talentcharter.contracts.EventType;
import nl.talentcharter.contracts.Topics;

/**
 * The events the events service publishes on {@link Topics#EVENTS}; subject and key = eventId, the id of
 * the labour-market event, governance meeting or work visit, so one gathering's events stay in order.
 */
public final class EventsEvents {

    public static final String SERVICE = "events";

    public static final EventType<EventScheduled> EVENT_SCHEDULED =
            EventType.of(SERVICE, "event-scheduled", 1, Topics.EVENTS, EventScheduled.class);
    public static final EventType<EventRescheduled> EVENT_RESCHEDULED =
            EventType.of(SERVICE, "event-rescheduled", 1, Topics.EVENTS, EventRescheduled.class);
    public static final EventType<EventCancelled> EVENT_CANCELLED =
            EventType.of(SERVICE, "event-cancelled", 1, Topics.EVENTS, EventCancelled.class);
    public static final EventType<RegistrationConfirmed> REGISTRATION_CONFIRMED =
            EventType.of(SERVICE, "registration-confirmed", 1, Topics.EVENTS, RegistrationConfirmed.class);
    public static final EventType<RegistrationWaitlisted> REGISTRATION_WAITLISTED =
            EventType.of(SERVICE, "registration-waitlisted", 1, Topics.EVENTS, RegistrationWaitlisted.class);
    public static final EventType<WaitlistPromoted> WAITLIST_PROMOTED =
            EventType.of(SERVICE, "waitlist-promoted", 1, Topics.EVENTS, WaitlistPromoted.class);
    public static final EventType<RegistrationCancelled> REGISTRATION_CANCELLED =
            EventType.of(SERVICE, "registration-cancelled", 1, Topics.EVENTS, RegistrationCancelled.class);
    public static final EventType<AttendanceRecorded> ATTENDANCE_RECORDED =
            EventType.of(SERVICE, "attendance-recorded", 1, Topics.EVENTS, AttendanceRecorded.class);
    public static final EventType<GovernanceDecisionRecorded> GOVERNANCE_DECISION_RECORDED =
            EventType.of(SERVICE, "governance-decision-recorded", 1, Topics.EVENTS, GovernanceDecisionRecorded.class);
    public static final EventType<WorkVisitReported> WORK_VISIT_REPORTED =
            EventType.of(SERVICE, "work-visit-reported", 1, Topics.EVENTS, WorkVisitReported.class);

    private EventsEvents() {
    }

    public static List<EventType<?>> all() {
        return List.of(EVENT_SCHEDULED, EVENT_RESCHEDULED, EVENT_CANCELLED, REGISTRATION_CONFIRMED,
                REGISTRATION_WAITLISTED, WAITLIST_PROMOTED, REGISTRATION_CANCELLED, ATTENDANCE_RECORDED,
                GOVERNANCE_DECISION_RECORDED, WORK_VISIT_REPORTED);
    }
}
