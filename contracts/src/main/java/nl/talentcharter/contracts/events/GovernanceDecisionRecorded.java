package nl.talentcharter.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/** A governance meeting took a decision, with the actions that follow from it. */
public record GovernanceDecisionRecorded(
        String eventId,
        String decisionId,
        EventKind kind,
        String decision,
        LocalDate decidedOn,
        List<GovernanceAction> actions) {

    public GovernanceDecisionRecorded {
        requireNonNull(eventId, "eventId");
        requireNonNull(decisionId, "decisionId");
        requireNonNull(kind, "kind");
        requireNonNull(decision, "decision");
        requireNonNull(decidedOn, "decidedOn");
        actions = List.copyOf(actions);
    }
}
