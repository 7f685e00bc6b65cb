package nl.talentcharter.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * Something a governance decision asks a party to do.
 *
 * @param owner the party (an organisation or a role such as "UWV" or "Province of Limburg"), never a person
 */
public record GovernanceAction(String description, String owner, LocalDate dueOn) {

    public GovernanceAction {
        requireNonNull(description, "description");
        requireNonNull(owner, "owner");
        requireNonNull(dueOn, "dueOn");
    }
}
