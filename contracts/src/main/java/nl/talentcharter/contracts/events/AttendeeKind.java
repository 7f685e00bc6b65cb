package nl.talentcharter.contracts.events;

/** Whether a registration is for a member's contact person or for an external guest. */
public enum AttendeeKind {
    MEMBER_CONTACT, GUEST
}
