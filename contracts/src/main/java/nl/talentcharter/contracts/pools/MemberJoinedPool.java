package nl.talentcharter.contracts.pools;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A member company joined a pool. */
public record MemberJoinedPool(String poolId, String memberId, Instant joinedAt) {

    public MemberJoinedPool {
        requireNonNull(poolId, "poolId");
        requireNonNull(memberId, "memberId");
        requireNonNull(joinedAt, "joinedAt");
    }
}
