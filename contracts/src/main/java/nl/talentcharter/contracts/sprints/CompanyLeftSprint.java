package nl.talentcharter.contracts.sprints;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** A member organisation left a sprint before it ended, with the reason it gave. */
public record CompanyLeftSprint(String sprintId, String memberId, String reason, LocalDate leftOn) {

    public CompanyLeftSprint {
        requireNonNull(sprintId, "sprintId");
        requireNonNull(memberId, "memberId");
        requireNonNull(reason, "reason");
        requireNonNull(leftOn, "leftOn");
    }
}
