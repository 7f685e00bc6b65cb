package nl.talentcharter.contracts.events;

/** What was heard on a work visit: a theme that plays, or a challenge the employer faces. */
public enum HeardKind {
    THEME, CHALLENGE
}
