package nl.talentcharter.hrscans.domain.insight;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.talentcharter.hrscans.domain.scan.CompanyProfile;
import nl.talentcharter.hrscans.domain.scan.DomainResult;

/**
 * Compares a company with anonymous peers: the latest completed scan of every other company on the same
 * template version, grouped by sector, region and size class. A group of fewer than
 * {@value #MINIMUM_GROUP} companies is never shown (one company's scores must not be guessable); the
 * benchmark then widens: sector+region+size, sector+size, sector, everybody. If even everybody is too
 * few, there is no benchmark.
 */
public final class PeerBenchmark {

    public static final int MINIMUM_GROUP = 5;

    private PeerBenchmark() {
    }

    /**
     * @param peers completed scans on the company's template version (any company, several per company
     *              allowed: only each company's latest counts; the company's own scans are left out)
     */
    public static Optional<Benchmark> of(String memberId, CompanyProfile company, List<PeerScore> peers) {
        Map<String, PeerScore> latestPerCompany = peers.stream()
                .filter(p -> !p.memberId().equals(memberId))
                .collect(Collectors.toMap(PeerScore::memberId, p -> p,
                        (a, b) -> a.completedAt().isAfter(b.completedAt()) ? a : b));
        for (PeerGroupLevel level : PeerGroupLevel.values()) {
            List<PeerScore> group = latestPerCompany.values().stream().filter(sameGroup(level, company)).toList();
            if (group.size() >= MINIMUM_GROUP) {
                return Optional.of(summarise(level, group));
            }
        }
        return Optional.empty();
    }

    private static Predicate<PeerScore> sameGroup(PeerGroupLevel level, CompanyProfile company) {
        return peer -> {
            CompanyProfile p = peer.company();
            return switch (level) {
                case SECTOR_REGION_SIZE -> p.sector() == company.sector() && p.region() == company.region()
                        && p.sizeClass() == company.sizeClass();
                case SECTOR_SIZE -> p.sector() == company.sector() && p.sizeClass() == company.sizeClass();
                case SECTOR -> p.sector() == company.sector();
                case ALL -> true;
            };
        };
    }

    private static Benchmark summarise(PeerGroupLevel level, List<PeerScore> group) {
        Map<String, Double> domains = new LinkedHashMap<>();
        group.stream().flatMap(p -> p.result().domains().stream())
                .collect(Collectors.groupingBy(DomainResult::domain, LinkedHashMap::new,
                        Collectors.averagingDouble(DomainResult::score)))
                .forEach((domain, mean) -> domains.put(domain, round(mean)));
        double overall = group.stream().mapToDouble(p -> p.result().overall()).average().orElseThrow();
        return new Benchmark(level, group.size(), round(overall), domains);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

}
