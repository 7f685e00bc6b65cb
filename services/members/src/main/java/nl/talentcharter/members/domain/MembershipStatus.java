package nl.talentcharter.members.domain;

/** Where a membership stands. {@link #ENDED} is final for that membership period. */
public enum MembershipStatus {
    APPLIED, ACTIVE, SUSPENDED, ENDED
}
