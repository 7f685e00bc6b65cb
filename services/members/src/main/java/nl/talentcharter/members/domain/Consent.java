package nl.talentcharter.members.domain;

import java.time.Instant;
import nl.talentcharter.contracts.vocabulary.ConsentPurpose;

/**
 * A contact's decision for one purpose: granted or withdrawn, when it was recorded and where it came
 * from (e.g. "registration form", "email of 2026-03-01"), so it can be shown to a supervisor.
 */
public record Consent(ConsentPurpose purpose, boolean granted, Instant recordedAt, String source) {

    static final int MAX_SOURCE_LENGTH = 200;

    public Consent {
        if (purpose == null) {
            throw new InvalidMemberData("purpose", "a consent needs its purpose");
        }
        if (source == null || source.isBlank()) {
            throw new InvalidMemberData("source", "a consent needs its source");
        }
        source = source.strip();
        if (source.length() > MAX_SOURCE_LENGTH) {
            throw new InvalidMemberData("source", "a source has at most " + MAX_SOURCE_LENGTH + " characters");
        }
    }
}
