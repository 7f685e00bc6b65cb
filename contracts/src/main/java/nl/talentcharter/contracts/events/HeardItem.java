package nl.talentcharter.contracts.events;

import static java.util.Objects.requireNonNull;

import java.util.List;
import nl.talentcharter.contracts.vocabulary.ActionLine;

/** One theme or challenge heard on a work visit, as labour-market information without personal data. */
public record HeardItem(HeardKind kind, String summary, List<ActionLine> actionLines, List<String> tags) {

    public HeardItem {
        requireNonNull(kind, "kind");
        requireNonNull(summary, "summary");
        actionLines = List.copyOf(actionLines);
        tags = List.copyOf(tags);
    }
}
