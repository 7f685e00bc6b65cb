package nl.talentcharter.hrscans.domain.insight;

/**
 * A domain's score now and in the company's previous scan (mapped onto this scan's template version);
 * {@code previous} and {@code difference} are null when the previous scan has nothing to compare with.
 */
public record DomainTrend(String domain, double current, Double previous, Double difference) {
}
