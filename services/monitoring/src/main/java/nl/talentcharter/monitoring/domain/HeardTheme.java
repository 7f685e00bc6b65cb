package nl.talentcharter.monitoring.domain;

import java.util.List;
import nl.talentcharter.contracts.vocabulary.ActionLine;

/**
 * One theme or challenge heard on a work visit, as far as the figures need it: its tags name the themes it
 * is counted under, its action lines the lines it reports on. The summary stays in the events service.
 *
 * @param challenge whether it was a challenge the employer faces rather than a theme that plays
 */
public record HeardTheme(boolean challenge, List<String> tags, List<ActionLine> actionLines) {

    public HeardTheme {
        tags = tags == null ? List.of() : List.copyOf(tags);
        actionLines = actionLines == null ? List.of() : List.copyOf(actionLines);
    }
}
