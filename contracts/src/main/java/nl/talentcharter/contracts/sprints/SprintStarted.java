package nl.talentcharter.contracts.sprints;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/** The sprint's first session is coming: the cohort is fixed enough to work, companies may still join or leave. */
public record SprintStarted(String sprintId, String themeId, String leadMemberId, List<String> memberIds,
        LocalDate startedOn) {

    public SprintStarted {
        requireNonNull(sprintId, "sprintId");
        requireNonNull(themeId, "themeId");
        requireNonNull(leadMemberId, "leadMemberId");
        requireNonNull(startedOn, "startedOn");
        memberIds = List.copyOf(memberIds);
    }
}
