package nl.talentcharter.members.domain;

import java.util.UUID;

/**
 * Pseudonymous identity of a contact person: a random UUID, never derived from name or email, so it
 * reveals nothing about the person once their data is erased.
 */
public record ContactId(String value) {

    public ContactId {
        try {
            value = UUID.fromString(value).toString();
        } catch (RuntimeException e) {
            throw new InvalidMemberData("contactId", "a contact id is a UUID");
        }
    }

    public static ContactId random() {
        return new ContactId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
