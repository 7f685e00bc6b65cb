package nl.talentcharter.contracts.pools;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;

/** A person was made available in a pool (with their consent to be shared); by pseudonymous id only. */
public record TalentOffered(String personId, String poolId, String offeredBy, String occupation, LocalDate availableFrom, Instant offeredAt) {

    public TalentOffered {
        requireNonNull(personId, "personId");
        requireNonNull(poolId, "poolId");
        requireNonNull(offeredBy, "offeredBy");
        requireNonNull(occupation, "occupation");
        requireNonNull(availableFrom, "availableFrom");
        requireNonNull(offeredAt, "offeredAt");
    }
}
