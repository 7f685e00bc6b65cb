package nl.talentcharter.hrscans.domain.scan;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The scores of a completed scan: per domain, in template order, and overall. */
public record ScanResult(double overall, List<DomainResult> domains) {

    public ScanResult {
        domains = List.copyOf(domains);
    }

    public Optional<DomainResult> domain(String key) {
        return domains.stream().filter(d -> d.domain().equals(key)).findFirst();
    }

    /**
     * The domains with the most room to improve: lowest score first; equal scores keep template order, so
     * the answer is stable.
     */
    public List<DomainResult> improvementAreas(int count) {
        return domains.stream().sorted(Comparator.comparingDouble(DomainResult::score)).limit(count).toList();
    }
}
