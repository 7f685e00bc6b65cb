package nl.talentcharter.monitoring.domain;

/**
 * A fact with the profile of a member it counts for (null when it names none or one whose profile is unknown)
 * and the cuts it counts in ({@link CutBits}).
 */
record Noted(Fact fact, MemberDimensions member, long cuts) {
}
