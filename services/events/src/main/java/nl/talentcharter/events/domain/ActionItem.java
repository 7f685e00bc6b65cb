package nl.talentcharter.events.domain;

import java.time.LocalDate;

/**
 * An action from a governance decision or a work visit.
 *
 * @param owner the party that owns it (an organisation or role); published, so never a person's name
 */
public record ActionItem(String description, String owner, LocalDate dueOn) {

    public ActionItem {
        Texts.require("actions.description", description, 2000);
        Texts.require("actions.owner", owner, 200);
        Texts.requireNoContactDetails("actions.description", description);
        Texts.requireNoContactDetails("actions.owner", owner);
        if (dueOn == null) {
            throw new InvalidGatheringData("actions.dueOn", "a due date is required");
        }
    }
}
