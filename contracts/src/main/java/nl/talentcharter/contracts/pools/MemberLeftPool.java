package nl.talentcharter.contracts.pools;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A member company left a pool. */
public record MemberLeftPool(String poolId, String memberId, Instant leftAt) {

    public MemberLeftPool {
        requireNonNull(poolId, "poolId");
        requireNonNull(memberId, "memberId");
        requireNonNull(leftAt, "leftAt");
    }
}
