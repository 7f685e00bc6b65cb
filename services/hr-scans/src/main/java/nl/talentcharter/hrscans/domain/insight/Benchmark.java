package nl.talentcharter.hrscans.domain.insight;

import java.util.Map;

/**
 * The mean domain scores of a group of at least {@link PeerBenchmark#MINIMUM_GROUP} other companies; which
 * companies they are is never part of it.
 */
public record Benchmark(PeerGroupLevel level, int companies, double overall, Map<String, Double> domains) {

    public Benchmark {
        domains = Map.copyOf(domains);
    }
}
