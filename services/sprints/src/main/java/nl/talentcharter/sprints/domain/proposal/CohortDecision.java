package nl.talentcharter.sprints.domain.proposal;

/** What operators decided about one proposed cohort: still open, accepted (a sprint exists) or rejected. */
public enum CohortDecision {
    OPEN, ACCEPTED, REJECTED
}
