package nl.talentcharter.sprints.domain.cohort;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import java.util.TreeSet;
import nl.talentcharter.contracts.vocabulary.Region;

/**
 * An active member interested in the theme, as the cohort planner sees it.
 *
 * @param gaps           the weakest domains of its latest completed HR scan (empty without a scan)
 * @param statedInterest whether it said itself that it wants to work on the theme (else the interest is
 *                       inferred from its scan gaps)
 */
public record Candidate(String memberId, String name, Region region, boolean frontRunner, Set<String> gaps,
        boolean statedInterest) {

    public Candidate {
        requireNonNull(memberId, "memberId");
        requireNonNull(region, "region");
        name = name == null ? memberId : name;
        gaps = Set.copyOf(gaps);
    }

    /** Its gaps this theme answers, in a stable (alphabetical) order for reasons people read. */
    TreeSet<String> gapsIn(java.util.Collection<String> themeDomains) {
        TreeSet<String> inTheme = new TreeSet<>(gaps);
        inTheme.retainAll(themeDomains);
        return inTheme;
    }
}
