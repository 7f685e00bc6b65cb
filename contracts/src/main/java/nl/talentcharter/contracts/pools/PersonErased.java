package nl.talentcharter.contracts.pools;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A person's personal data was erased (their key destroyed); the pseudonymous id refers to nobody any more. */
public record PersonErased(String personId, String poolId, Instant erasedAt) {

    public PersonErased {
        requireNonNull(personId, "personId");
        requireNonNull(poolId, "poolId");
        requireNonNull(erasedAt, "erasedAt");
    }
}
