package nl.talentcharter.monitoring.domain;

import java.util.List;
import nl.talentcharter.contracts.vocabulary.ActionLine;

/** One domain score of a completed HR scan, with the action lines the domain informs. */
public record ScoredDomain(String domain, double score, List<ActionLine> actionLines) {

    public ScoredDomain {
        actionLines = actionLines == null ? List.of() : List.copyOf(actionLines);
    }
}
