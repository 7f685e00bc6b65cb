package nl.talentcharter.contracts.members;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A contact person of a member was registered. The person appears by pseudonymous id only: never a
 * name or an e-mail address on a topic.
 */
public record ContactRegistered(String memberId, String contactId, Instant registeredAt) {

    public ContactRegistered {
        requireNonNull(memberId, "memberId");
        requireNonNull(contactId, "contactId");
        requireNonNull(registeredAt, "registeredAt");
    }
}
