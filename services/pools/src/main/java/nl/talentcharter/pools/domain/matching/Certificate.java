package nl.talentcharter.pools.domain.matching;

import java.time.LocalDate;

/** A certificate such as VCA, a forklift licence or a BIG registration; no expiry date = valid indefinitely. */
public record Certificate(String name, LocalDate expiresOn) {

    public boolean validThrough(LocalDate day) {
        return expiresOn == null || !expiresOn.isBefore(day);
    }
}
