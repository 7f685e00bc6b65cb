package nl.talentcharter.contracts.events;

/** What the door recorded for a confirmed registration. */
public enum AttendanceOutcome {
    ATTENDED, NO_SHOW
}
