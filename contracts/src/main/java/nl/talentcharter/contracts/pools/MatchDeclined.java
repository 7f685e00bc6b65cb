package nl.talentcharter.contracts.pools;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A proposed match will not become a placement: the requesting member or the offering party declined it, or an
 * operator overruled the matching run's proposal. The person is available again; the position reopens.
 *
 * @param declinedBy REQUESTING_MEMBER, OFFERING_PARTY or OPERATOR (an operator's overruling of the run)
 */
public record MatchDeclined(String requestId, String matchId, String poolId, String runId, String personId,
                            String memberId, String declinedBy, String reason, Instant declinedAt) {

    public MatchDeclined {
        requireNonNull(requestId, "requestId");
        requireNonNull(matchId, "matchId");
        requireNonNull(poolId, "poolId");
        requireNonNull(runId, "runId");
        requireNonNull(personId, "personId");
        requireNonNull(memberId, "memberId");
        requireNonNull(declinedBy, "declinedBy");
        requireNonNull(reason, "reason");
        requireNonNull(declinedAt, "declinedAt");
    }
}
