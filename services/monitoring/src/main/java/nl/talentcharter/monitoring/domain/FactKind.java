package nl.talentcharter.monitoring.domain;

/**
 * What an event means for the figures. Every catalogued event that concerns a member becomes a fact (so the
 * member's timeline is complete); only the kinds below other than {@link #OTHER} feed KPIs.
 */
public enum FactKind {
    MEMBER_JOINED, MEMBERSHIP_SUSPENDED, MEMBERSHIP_REINSTATED, MEMBERSHIP_ENDED,
    SCAN_REQUESTED, SCAN_COMPLETED, FOLLOW_UP_HELD, FOLLOW_UP_OVERDUE,
    SPRINT_PROPOSED, SPRINT_STARTED, SPRINT_SESSION_HELD, SPRINT_COMPLETED, SPRINT_CANCELLED,
    /** On the timeline only. */
    OTHER;

    /** Facts that end a sprint (it no longer runs). */
    public boolean endsSprint() {
        return this == SPRINT_COMPLETED || this == SPRINT_CANCELLED;
    }

    /** Facts that change whether a member is active. */
    public boolean changesMembership() {
        return this == MEMBER_JOINED || this == MEMBERSHIP_SUSPENDED || this == MEMBERSHIP_REINSTATED
                || this == MEMBERSHIP_ENDED;
    }
}
