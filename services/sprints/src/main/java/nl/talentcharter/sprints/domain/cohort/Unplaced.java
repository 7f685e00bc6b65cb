package nl.talentcharter.sprints.domain.cohort;

/** An interested company no cohort could take, and why: nobody is silently left out. */
public record Unplaced(String memberId, String reason) {
}
