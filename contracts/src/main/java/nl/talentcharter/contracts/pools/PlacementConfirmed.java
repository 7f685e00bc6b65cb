package nl.talentcharter.contracts.pools;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A proposed match was accepted by the requesting member and the offering party: the person is placed. */
public record PlacementConfirmed(String requestId, String matchId, String poolId, String personId, String memberId, Instant confirmedAt) {

    public PlacementConfirmed {
        requireNonNull(requestId, "requestId");
        requireNonNull(matchId, "matchId");
        requireNonNull(poolId, "poolId");
        requireNonNull(personId, "personId");
        requireNonNull(memberId, "memberId");
        requireNonNull(confirmedAt, "confirmedAt");
    }
}
