package nl.talentcharter.sprints.domain.cohort;

/** One company in a proposed cohort and, in plain words, why it was put there. */
public record Placement(String memberId, boolean frontRunner, String reason) {
}
