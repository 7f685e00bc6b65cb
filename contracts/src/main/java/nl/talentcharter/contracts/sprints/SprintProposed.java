package nl.talentcharter.contracts.sprints;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import nl.talentcharter.contracts.vocabulary.ActionLine;

/**
 * A thematic sprint was proposed: a theme, a challenge, a lead company and the companies asked to take part.
 *
 * @param facilitatorId     the facilitating operator's pseudonymous account id, never a name
 * @param memberIds         the participating member organisations, the lead company among them
 * @param cohortProposalId  the cohort proposal it came from; absent when an operator composed it by hand
 */
public record SprintProposed(String sprintId, String themeId, List<ActionLine> actionLines, String challenge,
        String leadMemberId, String facilitatorId, List<String> memberIds, int plannedSessions, Instant proposedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String cohortProposalId) {

    public SprintProposed {
        requireNonNull(sprintId, "sprintId");
        requireNonNull(themeId, "themeId");
        requireNonNull(challenge, "challenge");
        requireNonNull(leadMemberId, "leadMemberId");
        requireNonNull(facilitatorId, "facilitatorId");
        requireNonNull(proposedAt, "proposedAt");
        actionLines = List.copyOf(actionLines);
        memberIds = List.copyOf(memberIds);
    }
}
