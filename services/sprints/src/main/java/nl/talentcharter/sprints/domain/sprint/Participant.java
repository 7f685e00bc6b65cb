package nl.talentcharter.sprints.domain.sprint;

import java.time.LocalDate;

/** A company's part in the sprint: when it joined and, once it left, when and why. */
public record Participant(String memberId, LocalDate joinedOn, LocalDate leftOn, String leftReason) {

    public boolean current() {
        return leftOn == null;
    }
}
