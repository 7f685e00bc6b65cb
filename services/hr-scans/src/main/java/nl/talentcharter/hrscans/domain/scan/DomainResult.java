package nl.talentcharter.hrscans.domain.scan;

import java.util.List;
import java.util.Objects;
import nl.talentcharter.contracts.vocabulary.ActionLine;

/** A domain's score, 0 (nothing in place) to 100 (front-runner), with one decimal. */
public record DomainResult(String domain, double score, List<ActionLine> actionLines) {

    public DomainResult {
        Objects.requireNonNull(domain, "domain");
        actionLines = List.copyOf(actionLines);
    }
}
