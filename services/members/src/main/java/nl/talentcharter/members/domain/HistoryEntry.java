package nl.talentcharter.members.domain;

import java.time.Instant;
import java.util.List;

/**
 * One change to a member: who, when, what. Entries about contacts name the contact by its pseudonymous
 * id and the changed fields by name only, so erasing a contact leaves nothing personal in history.
 *
 * @param contactId the contact concerned, or null for organisation changes
 * @param reason    the reason given for a lifecycle action, or null
 */
public record HistoryEntry(Instant at, String actor, String action, String contactId, String reason,
        List<FieldChange> changes) {

    public HistoryEntry {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** A changed field; {@code from} and {@code to} stay null where the value is personal data. */
    public record FieldChange(String field, String from, String to) {
    }
}
