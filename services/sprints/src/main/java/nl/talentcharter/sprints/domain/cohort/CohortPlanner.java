package nl.talentcharter.sprints.domain.cohort;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.sprints.domain.theme.Theme;

/**
 * Proposes cohorts of {@value #MIN_SIZE} to {@value #MAX_SIZE} companies for one theme with a greedy
 * seed-and-grow algorithm (ADR 0081). Every choice is ordered by an explicit key that ends in the member id,
 * so the same candidates give the same cohorts whatever order they come in.
 *
 * <ol>
 *   <li><b>Seed.</b> The company still searching (not a front-runner) with the most gaps the theme answers;
 *       ties: stated interest first, then member id. When only front-runners are left, the front-runner
 *       with the most such gaps.</li>
 *   <li><b>Reach.</b> The companies left in the seed's own or a neighbouring region ({@link Neighbourhood}).
 *       Fewer than {@value #MIN_SIZE}: the seed cannot get a cohort and is reported as unplaced.
 *       Otherwise the cohort's target size spreads the reach evenly over as few cohorts as possible
 *       ({@code ceil(n / ceil(n / 8))}: 9 companies give 5 + 4, never 8 + 1).</li>
 *   <li><b>Front-runner.</b> If the seed is still searching, the front-runner in reach most similar to it
 *       joins first, so every cohort has one while one is available.</li>
 *   <li><b>Grow.</b> Up to the target size, add the company closest to every member already in (same or
 *       neighbouring region, pairwise), companies still searching before further front-runners (the mix),
 *       then the highest similarity to the members in, then member id.</li>
 * </ol>
 *
 * Similarity of two companies: 2 per shared gap the theme answers, 1 per other shared gap, 1 for the same
 * region.
 */
public final class CohortPlanner {

    public static final int MIN_SIZE = 4;
    public static final int MAX_SIZE = 8;

    public CohortProposal propose(Theme theme, Collection<Candidate> candidates) {
        TreeMap<String, Candidate> pool = new TreeMap<>();
        for (Candidate candidate : candidates) {
            if (pool.put(candidate.memberId(), candidate) != null) {
                throw new IllegalArgumentException("member " + candidate.memberId() + " is a candidate twice");
            }
        }
        List<Cohort> cohorts = new ArrayList<>();
        List<Unplaced> unplaced = new ArrayList<>();
        while (!pool.isEmpty()) {
            Candidate seed = seed(theme, pool.values());
            List<Candidate> reach = pool.values().stream()
                    .filter(c -> Neighbourhood.close(seed.region(), c.region())).toList();
            List<Candidate> members = reach.size() < MIN_SIZE ? List.of() : grow(theme, seed, reach);
            if (members.size() < MIN_SIZE) {
                unplaced.add(new Unplaced(seed.memberId(), reach.size() < MIN_SIZE
                        ? "Only " + reach.size() + " interested " + (reach.size() == 1 ? "company is" : "companies are")
                                + " in or next to " + Neighbourhood.label(seed.region())
                                + " and not yet in a cohort; a cohort needs at least " + MIN_SIZE + "."
                        : "Fewer than " + MIN_SIZE + " companies near " + Neighbourhood.label(seed.region())
                                + " are also close enough to each other to meet; a cohort needs at least " + MIN_SIZE + "."));
                pool.remove(seed.memberId());
                continue;
            }
            cohorts.add(new Cohort(new Reasons(theme, members).placements()));
            members.forEach(member -> pool.remove(member.memberId()));
        }
        return new CohortProposal(cohorts, unplaced);
    }

    private static Candidate seed(Theme theme, Collection<Candidate> pool) {
        boolean anySearching = pool.stream().anyMatch(c -> !c.frontRunner());
        return pool.stream()
                .filter(c -> !anySearching || !c.frontRunner())
                .min(Comparator.comparingInt((Candidate c) -> -c.gapsIn(theme.hrScanDomains()).size())
                        .thenComparing(c -> !c.statedInterest())
                        .thenComparing(Candidate::memberId))
                .orElseThrow();
    }

    private static List<Candidate> grow(Theme theme, Candidate seed, List<Candidate> reach) {
        int cohortsNeeded = (reach.size() + MAX_SIZE - 1) / MAX_SIZE;
        int target = Math.min(MAX_SIZE, (reach.size() + cohortsNeeded - 1) / cohortsNeeded);
        List<Candidate> members = new ArrayList<>(List.of(seed));
        if (!seed.frontRunner()) {
            reach.stream().filter(Candidate::frontRunner)
                    .min(Comparator.comparingInt((Candidate c) -> -similarity(theme, c, seed))
                            .thenComparing(Candidate::memberId))
                    .ifPresent(members::add);
        }
        while (members.size() < target) {
            Optional<Candidate> next = reach.stream()
                    .filter(c -> !members.contains(c))
                    .filter(c -> Neighbourhood.closeToAll(c.region(), members.stream().map(Candidate::region).toList()))
                    .min(Comparator.comparing(Candidate::frontRunner)
                            .thenComparingInt(c -> -members.stream().mapToInt(m -> similarity(theme, c, m)).sum())
                            .thenComparing(Candidate::memberId));
            if (next.isEmpty()) {
                break;
            }
            members.add(next.get());
        }
        return members;
    }

    static int similarity(Theme theme, Candidate a, Candidate b) {
        Set<String> shared = new HashSet<>(a.gaps());
        shared.retainAll(b.gaps());
        int inTheme = (int) shared.stream().filter(theme::answersGapIn).count();
        return 2 * inTheme + (shared.size() - inTheme) + (a.region() == b.region() ? 1 : 0);
    }

    /** The plain-language reason for every company of one cohort. */
    private record Reasons(Theme theme, List<Candidate> members) {

        List<Placement> placements() {
            Candidate seed = members.get(0);
            List<Placement> placements = new ArrayList<>();
            for (Candidate member : members) {
                placements.add(new Placement(member.memberId(), member.frontRunner(),
                        interest(member) + " " + role(member, member == seed) + " " + place(member, seed)));
            }
            return placements;
        }

        private String interest(Candidate member) {
            TreeSet<String> gaps = member.gapsIn(theme.hrScanDomains());
            String stated = "Said it wants to work on " + theme.name().toLowerCase(java.util.Locale.ROOT);
            String scan = "its latest HR scan shows gaps in " + words(gaps) + ", which this theme answers";
            if (member.statedInterest() && !gaps.isEmpty()) {
                return stated + ", and " + scan + ".";
            }
            if (member.statedInterest()) {
                return stated + ".";
            }
            return Character.toUpperCase(scan.charAt(0)) + scan.substring(1) + ".";
        }

        private String role(Candidate member, boolean isSeed) {
            if (member.frontRunner()) {
                return "As a front-runner it brings experience the others are still looking for.";
            }
            if (isSeed) {
                return "The cohort was built around it: of the companies still searching, it has the most gaps on this theme.";
            }
            int others = 0;
            TreeSet<String> sharedGaps = new TreeSet<>();
            for (Candidate other : members) {
                if (other == member) continue;
                TreeSet<String> shared = member.gapsIn(theme.hrScanDomains());
                shared.retainAll(other.gaps());
                if (!shared.isEmpty()) {
                    others++;
                    sharedGaps.addAll(shared);
                }
            }
            if (others == 0) {
                return "It is still searching on this theme, like most of the cohort.";
            }
            return "It shares the gap" + (sharedGaps.size() == 1 ? " in " : "s in ") + words(sharedGaps) + " with "
                    + others + (others == 1 ? " other company" : " other companies") + " in this cohort.";
        }

        private static String place(Candidate member, Candidate seed) {
            Region region = member.region();
            if (region == seed.region()) {
                return "Based in " + Neighbourhood.label(region) + ", like the company the cohort was built around.";
            }
            return "Based in " + Neighbourhood.label(region) + ", next to " + Neighbourhood.label(seed.region()) + ".";
        }

        private static String words(Collection<String> domains) {
            List<String> names = domains.stream().map(d -> d.replace('-', ' ')).toList();
            if (names.size() <= 1) return String.join("", names);
            return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        }
    }
}
