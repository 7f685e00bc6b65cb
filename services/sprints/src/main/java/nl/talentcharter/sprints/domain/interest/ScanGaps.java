package nl.talentcharter.sprints.domain.interest;

import java.util.Comparator;
import java.util.List;
import nl.talentcharter.contracts.hrscans.DomainScore;

/**
 * Which domains of a completed HR scan count as the company's gaps: its {@value #COUNT} lowest-scoring
 * domains that score below {@value #THRESHOLD} (of 100); ties by domain key. A company that scores well
 * everywhere has no gaps, so no interest is inferred for it.
 */
public final class ScanGaps {

    public static final int COUNT = 2;
    public static final double THRESHOLD = 60;

    private ScanGaps() {
    }

    public static List<String> weakest(List<DomainScore> scores) {
        return scores.stream()
                .filter(s -> s.score() < THRESHOLD)
                .sorted(Comparator.comparingDouble(DomainScore::score).thenComparing(DomainScore::domain))
                .limit(COUNT)
                .map(DomainScore::domain)
                .toList();
    }
}
