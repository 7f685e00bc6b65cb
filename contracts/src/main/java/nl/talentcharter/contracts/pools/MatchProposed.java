package nl.talentcharter.contracts.pools;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A matching run proposed a person for a position of a request; a human reviews it before anyone is placed. */
public record MatchProposed(String requestId, String matchId, String poolId, String runId, String personId, String memberId, int score, Instant proposedAt) {

    public MatchProposed {
        requireNonNull(requestId, "requestId");
        requireNonNull(matchId, "matchId");
        requireNonNull(poolId, "poolId");
        requireNonNull(runId, "runId");
        requireNonNull(personId, "personId");
        requireNonNull(memberId, "memberId");
        requireNonNull(proposedAt, "proposedAt");
    }
}
