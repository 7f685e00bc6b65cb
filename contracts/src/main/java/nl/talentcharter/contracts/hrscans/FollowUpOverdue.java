package nl.talentcharter.contracts.hrscans;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A completed scan had no follow-up conversation by its due date. Announced once per scan.
 */
public record FollowUpOverdue(String scanId, String memberId, LocalDate dueOn, LocalDate detectedOn) {

    public FollowUpOverdue {
        requireNonNull(scanId, "scanId");
        requireNonNull(memberId, "memberId");
        requireNonNull(dueOn, "dueOn");
        requireNonNull(detectedOn, "detectedOn");
    }
}
