package nl.talentcharter.contracts.sprints;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A sprint session took place. Attendance as counts of companies only: agenda and notes stay in the service.
 *
 * @param sessionNumber     1 for the first session held, counting up
 * @param companiesPresent  participating companies that attended
 * @param companiesExpected participating companies at the time of the session
 */
public record SprintSessionHeld(String sprintId, String sessionId, int sessionNumber, LocalDate heldOn,
        int companiesPresent, int companiesExpected) {

    public SprintSessionHeld {
        requireNonNull(sprintId, "sprintId");
        requireNonNull(sessionId, "sessionId");
        requireNonNull(heldOn, "heldOn");
    }
}
