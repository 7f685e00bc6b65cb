package nl.talentcharter.contracts.pools;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A person is no longer available in the pool. */
public record TalentWithdrawn(String personId, String poolId, String reason, Instant withdrawnAt) {

    public TalentWithdrawn {
        requireNonNull(personId, "personId");
        requireNonNull(poolId, "poolId");
        requireNonNull(reason, "reason");
        requireNonNull(withdrawnAt, "withdrawnAt");
    }
}
