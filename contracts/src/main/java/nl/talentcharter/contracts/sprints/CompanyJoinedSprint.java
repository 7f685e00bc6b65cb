package nl.talentcharter.contracts.sprints;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** A member organisation joined a proposed or started sprint. */
public record CompanyJoinedSprint(String sprintId, String memberId, LocalDate joinedOn) {

    public CompanyJoinedSprint {
        requireNonNull(sprintId, "sprintId");
        requireNonNull(memberId, "memberId");
        requireNonNull(joinedOn, "joinedOn");
    }
}
