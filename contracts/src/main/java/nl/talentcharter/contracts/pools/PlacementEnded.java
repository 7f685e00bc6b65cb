package nl.talentcharter.contracts.pools;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A confirmed placement ended, with the reason. */
public record PlacementEnded(String requestId, String matchId, String poolId, String personId, String memberId, String endReason, Instant endedAt) {

    public PlacementEnded {
        requireNonNull(requestId, "requestId");
        requireNonNull(matchId, "matchId");
        requireNonNull(poolId, "poolId");
        requireNonNull(personId, "personId");
        requireNonNull(memberId, "memberId");
        requireNonNull(endReason, "endReason");
        requireNonNull(endedAt, "endedAt");
    }
}
