package nl.talentcharter.contracts.members;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A contact person's personal data was erased. Every reader drops what it holds about {@code
 * contactId}.
 */
public record ContactErased(String memberId, String contactId, Instant erasedAt) {

    public ContactErased {
        requireNonNull(memberId, "memberId");
        requireNonNull(contactId, "contactId");
        requireNonNull(erasedAt, "erasedAt");
    }
}
