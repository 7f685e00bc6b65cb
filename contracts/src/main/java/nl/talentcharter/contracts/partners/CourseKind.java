package nl.talentcharter.contracts.partners;

/** What an education institution announces. */
public enum CourseKind {
    COURSE, TRAINEESHIP
}
