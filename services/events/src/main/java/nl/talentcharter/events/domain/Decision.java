package nl.talentcharter.events.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A decision a governance meeting took, with the actions that follow from it. */
public record Decision(String id, String text, LocalDate decidedOn, List<ActionItem> actions) {

    public Decision {
        Texts.require("decision", text, 4000);
        Texts.requireNoContactDetails("decision", text);
        if (decidedOn == null) {
            throw new InvalidGatheringData("decidedOn", "a date is required");
        }
        actions = Texts.requireNoNulls("actions", actions);
    }

    public static Decision of(String text, LocalDate decidedOn, List<ActionItem> actions) {
        return new Decision(UUID.randomUUID().toString(), text, decidedOn, actions);
    }
}
