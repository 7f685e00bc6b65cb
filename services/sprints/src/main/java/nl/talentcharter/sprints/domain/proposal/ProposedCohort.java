package nl.talentcharter.sprints.domain.proposal;

import java.util.List;
import nl.talentcharter.sprints.domain.cohort.Placement;

/**
 * One cohort of a stored proposal, numbered from 1 within it.
 *
 * @param sprintId     the sprint it became once accepted
 * @param rejectReason why an operator rejected it
 */
public record ProposedCohort(int number, List<Placement> companies, CohortDecision decision, String sprintId,
        String rejectReason) {

    public ProposedCohort {
        companies = List.copyOf(companies);
    }

    public List<String> memberIds() {
        return companies.stream().map(Placement::memberId).toList();
    }

    public boolean includes(String memberId) {
        return companies.stream().anyMatch(p -> p.memberId().equals(memberId));
    }
}
