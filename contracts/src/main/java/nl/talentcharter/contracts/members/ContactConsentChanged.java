package nl.talentcharter.contracts.members;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import nl.talentcharter.contracts.vocabulary.ConsentPurpose;

/**
 * A contact person granted or withdrew consent for one purpose. {@code source} says where the decision
 * was recorded (e.g. a web form, an event registration).
 */
public record ContactConsentChanged(
        String memberId,
        String contactId,
        ConsentPurpose purpose,
        boolean granted,
        String source,
        Instant changedAt) {

    public ContactConsentChanged {
        requireNonNull(memberId, "memberId");
        requireNonNull(contactId, "contactId");
        requireNonNull(purpose, "purpose");
        requireNonNull(source, "source");
        requireNonNull(changedAt, "changedAt");
    }
}
