package nl.talentcharter.contracts.sprints;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A proposed or started sprint was called off. */
public record SprintCancelled(String sprintId, String reason, int sessionsHeld, Instant cancelledAt) {

    public SprintCancelled {
        requireNonNull(sprintId, "sprintId");
        requireNonNull(reason, "reason");
        requireNonNull(cancelledAt, "cancelledAt");
    }
}
