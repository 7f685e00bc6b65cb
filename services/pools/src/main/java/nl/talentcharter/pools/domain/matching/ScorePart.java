package nl.talentcharter.pools.domain.matching;

/** One part of a match's score, with the plain-language reason for its points. */
public record ScorePart(String name, int points, int maximum, String explanation) {
}
