package nl.talentcharter.contracts.events;

/** Who may register: users of member organisations only, or anybody (guests without an account too). */
public enum Audience {
    MEMBERS_ONLY, OPEN
}
