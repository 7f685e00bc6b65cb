package nl.talentcharter.sprints.domain.cohort;

import java.util.List;

/** What the planner proposes for one theme: the cohorts and the interested companies left over. */
public record CohortProposal(List<Cohort> cohorts, List<Unplaced> unplaced) {

    public CohortProposal {
        cohorts = List.copyOf(cohorts);
        unplaced = List.copyOf(unplaced);
    }
}
