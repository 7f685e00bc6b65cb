package nl.talentcharter.monitoring.domain;

/**
 * What an event means for the figures. Every catalogued event that concerns a member becomes a fact (so the
 * member's timeline is complete); only the kinds below other than {@link #OTHER} feed KPIs.
 */
public enum FactKind {
    MEMBER_JOINED, MEMBERSHIP_SUSPENDED, MEMBERSHIP_REINSTATED, MEMBERSHIP_ENDED,
    SCAN_REQUESTED, SCAN_COMPLETED, FOLLOW_UP_HELD, FOLLOW_UP_OVERDUE,
    /** On the timeline only. */
    OTHER;

    /** Facts that change whether a member is active. */
    public boolean changesMembership() {
        return this == MEMBER_JOINED || this == MEMBERSHIP_SUSPENDED || this == MEMBERSHIP_REINSTATED
                || this == MEMBERSHIP_ENDED;
    }
}
