package nl.talentcharter.monitoring.domain;

/**
 * What an event means for the figures. Every catalogued event that concerns a member becomes a fact (so the
 * member's timeline is complete); only the kinds below other than {@link #OTHER} feed KPIs.
 */
public enum FactKind {
    MEMBER_JOINED, MEMBERSHIP_SUSPENDED, MEMBERSHIP_REINSTATED, MEMBERSHIP_ENDED,
    SCAN_REQUESTED, SCAN_COMPLETED, FOLLOW_UP_HELD, FOLLOW_UP_OVERDUE,
    SPRINT_PROPOSED, SPRINT_STARTED, SPRINT_SESSION_HELD, SPRINT_COMPLETED, SPRINT_CANCELLED,
    /** A gathering scheduled, one kind per category the plan sets targets for; counted on its start day. */
    LABOUR_MARKET_EVENT_SCHEDULED, LABOUR_MARKET_MEETING_SCHEDULED, EDUCATION_MEETING_SCHEDULED,
    WORK_VISIT_SCHEDULED,
    /** A gathering moved: counted on its new start day. */
    GATHERING_RESCHEDULED, GATHERING_CANCELLED,
    /** Registrations and attendance carry the registration as {@code ref}: attendance names no member itself. */
    REGISTRATION_CONFIRMED, REGISTRATION_WAITLISTED, ATTENDED, NO_SHOW,
    /** A member joined a sprint's cohort after it was formed; a sprint's start carries its cohort. */
    COMPANY_JOINED_SPRINT,
    /** What was heard on a work visit, at the visited member. */
    WORK_VISIT_REPORTED,
    /** Pools: a person offered (by the member or partner that offered them), a request, a placement. */
    TALENT_OFFERED, TALENT_REQUESTED, PLACEMENT_CONFIRMED,
    /** Partners (through the partner gateway): a course or traineeship announced, a work-to-work case reported. */
    COURSE_ANNOUNCED, WORK_TO_WORK_CASE_REPORTED,
    /** On the timeline only. */
    OTHER;

    /** Facts that end a sprint (it no longer runs). */
    public boolean endsSprint() {
        return this == SPRINT_COMPLETED || this == SPRINT_CANCELLED;
    }

    /** Facts that schedule a gathering (the category is in the kind). */
    public boolean schedulesGathering() {
        return this == LABOUR_MARKET_EVENT_SCHEDULED || this == LABOUR_MARKET_MEETING_SCHEDULED
                || this == EDUCATION_MEETING_SCHEDULED || this == WORK_VISIT_SCHEDULED;
    }

    /** Facts that change whether a member is active. */
    public boolean changesMembership() {
        return this == MEMBER_JOINED || this == MEMBERSHIP_SUSPENDED || this == MEMBERSHIP_REINSTATED
                || this == MEMBERSHIP_ENDED;
    }
}
