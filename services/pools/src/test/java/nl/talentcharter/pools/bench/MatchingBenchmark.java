package nl.talentcharter.pools.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.talentcharter.pools.domain.IndependentExact;
import nl.talentcharter.pools.domain.matching.Assessment;
import nl.talentcharter.pools.domain.matching.Assessor;
import nl.talentcharter.pools.domain.matching.AvailabilityWindow;
import nl.talentcharter.pools.domain.matching.Candidate;
import nl.talentcharter.pools.domain.matching.Cefr;
import nl.talentcharter.pools.domain.matching.Certificate;
import nl.talentcharter.pools.domain.matching.Coordinates;
import nl.talentcharter.pools.domain.matching.Matcher;
import nl.talentcharter.pools.domain.matching.MatchingOutcome;
import nl.talentcharter.pools.domain.matching.Need;
import nl.talentcharter.pools.domain.matching.Period;
import nl.talentcharter.pools.domain.matching.SkillNames;

/**
 * A harness, not a test (surefire does not pick it up): a generated pool of people and requests in Limburg
 * and across the border, solved by the service's matcher, by an independent exact solver
 * ({@link IndependentExact}: worded rules, one slot per position, JGraphT's maximum-weight bipartite matching)
 * and by request-by-request greedy. Gap must be 0.
 * Run (people, requests): see services/pools/README.md, section Benchmark.
 */
public final class MatchingBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final List<String> SKILLS = List.of("forklift", "picking", "harvest", "greenhouse", "maintenance",
            "electrical", "care", "medication", "driving", "quality");
    private static final List<Coordinates> PLACES = List.of(new Coordinates(51.3704, 6.1724), new Coordinates(51.1942, 5.9870),
            new Coordinates(50.8514, 5.6910), new Coordinates(50.8882, 5.9795), new Coordinates(51.4419, 6.0608),
            new Coordinates(50.9307, 5.3378), new Coordinates(50.7753, 6.0839), new Coordinates(51.2453, 6.3150));

    public static void main(String[] args) {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Random random = new Random(42);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            candidates.add(person(random, "p" + i));
        }
        List<Need> needs = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            needs.add(need(random, "r" + i));
        }
        Assessor assessor = new Assessor(TODAY, SkillNames.uris());
        int positions = needs.stream().mapToInt(Need::count).sum();
        System.out.printf("people %d, requests %d, positions %d (times: CPU ms of the solving thread)%n", people, requests, positions);

        // CPU time of this thread: the machines are shared, so wall time says more about the neighbours
        long start = cpuNanos();
        MatchingOutcome outcome = new Matcher(assessor).match(needs, candidates);
        long matcherMs = (cpuNanos() - start) / 1_000_000;
        System.out.printf("matcher (screen + successive shortest paths) %8d ms  objective %d  matches %d%n",
                matcherMs, outcome.objective(), outcome.matches().size());

        IndependentExact.Result exact = IndependentExact.solve(assessor, needs, candidates);
        System.out.printf("independent exact (worded rules %d ms + JGraphT MWBM %d ms) %8d ms  objective %d  matches %d%n",
                exact.assessMillis(), exact.solveMillis(), exact.assessMillis() + exact.solveMillis(),
                exact.objective(), exact.matches());

        start = cpuNanos();
        long[] greedy = greedy(assessor, needs, candidates);
        long greedyMs = (cpuNanos() - start) / 1_000_000;
        System.out.printf("greedy per request %8d ms  objective %d  matches %d%n", greedyMs, greedy[0], greedy[1]);
        System.out.printf("gap to exact: %d; matcher time / independent solve time: %.2f%n",
                exact.objective() - outcome.objective(), (double) matcherMs / Math.max(1, exact.solveMillis()));
    }

    static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** Request by request, the best remaining person for each position (the matcher's screen, to be quick). */
    private static long[] greedy(Assessor assessor, List<Need> needs, List<Candidate> people) {
        Set<String> taken = new HashSet<>();
        long total = 0;
        long matches = 0;
        for (Need need : needs) {
            for (int s = 0; s < need.count(); s++) {
                Candidate best = null;
                long bestWeight = 0;
                for (Candidate person : people) {
                    if (!taken.contains(person.personId()) && assessor.failedRules(person, need) == 0) {
                        long weight = Assessment.weight(assessor.points(person, need), assessor.waitingDays(person));
                        if (weight > bestWeight) {
                            best = person;
                            bestWeight = weight;
                        }
                    }
                }
                if (best != null) {
                    taken.add(best.personId());
                    total += bestWeight;
                    matches++;
                }
            }
        }
        return new long[] {total, matches};
    }

    private static Candidate person(Random random, String id) {
        Map<String, Integer> skills = new HashMap<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            skills.put(SKILLS.get(random.nextInt(SKILLS.size())), 1 + random.nextInt(4));
        }
        List<Certificate> certificates = random.nextInt(3) == 0
                ? List.of(new Certificate("VCA", TODAY.plusDays(random.nextInt(400)))) : List.of();
        LocalDate from = TODAY.plusDays(random.nextInt(90));
        Coordinates home = PLACES.get(random.nextInt(PLACES.size()));
        return new Candidate(id, skills, random.nextInt(4) == 0 ? Map.of("nl", Cefr.B1, "de", Cefr.B2) : Map.of("nl", Cefr.B2),
                certificates, home, 15 + random.nextInt(50),
                List.of(new AvailabilityWindow(new Period(from, from.plusDays(30 + random.nextInt(180))), 16 + 8 * random.nextInt(4))),
                random.nextInt(10) > 0, TODAY.minusDays(random.nextInt(400)), Set.of(),
                Map.of("region", home.longitude() > 6.2 || home.latitude() < 50.8 ? "CROSS_BORDER" : "LIMBURG"));
    }

    private static Need need(Random random, String id) {
        LocalDate start = TODAY.plusDays(random.nextInt(90));
        return new Need(id, "m" + random.nextInt(50), Map.of(SKILLS.get(random.nextInt(SKILLS.size())), 1 + random.nextInt(3)),
                Set.of(SKILLS.get(random.nextInt(SKILLS.size()))), Map.of("nl", Cefr.A2),
                random.nextInt(4) == 0 ? Set.of("VCA") : Set.of(), new Period(start, start.plusDays(14 + random.nextInt(60))),
                16 + 8 * random.nextInt(3), PLACES.get(random.nextInt(PLACES.size())), "place", 1 + random.nextInt(5));
    }
}
