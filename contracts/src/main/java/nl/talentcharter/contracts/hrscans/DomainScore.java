package nl.talentcharter.contracts.hrscans;

import static java.util.Objects.requireNonNull;

import java.util.List;
import nl.talentcharter.contracts.vocabulary.ActionLine;

/**
 * The score of one domain of the scan template, 0 (nothing in place) to 100 (front-runner), and the action
 * lines the domain informs.
 */
public record DomainScore(String domain, double score, List<ActionLine> actionLines) {

    public DomainScore {
        requireNonNull(domain, "domain");
        actionLines = List.copyOf(actionLines);
    }
}
