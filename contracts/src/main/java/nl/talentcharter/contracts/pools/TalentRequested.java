package nl.talentcharter.contracts.pools;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;

/** A member asked the pool for people for a period. */
public record TalentRequested(String requestId, String poolId, String memberId, String occupation, int positions, LocalDate periodStart, LocalDate periodEnd, int hoursPerWeek, Instant requestedAt) {

    public TalentRequested {
        requireNonNull(requestId, "requestId");
        requireNonNull(poolId, "poolId");
        requireNonNull(memberId, "memberId");
        requireNonNull(occupation, "occupation");
        requireNonNull(periodStart, "periodStart");
        requireNonNull(periodEnd, "periodEnd");
        requireNonNull(requestedAt, "requestedAt");
    }
}
