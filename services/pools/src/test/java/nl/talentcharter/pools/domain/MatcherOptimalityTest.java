package nl.talentcharter.pools.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
import nl.talentcharter.pools.domain.matching.ProposedMatch;
import nl.talentcharter.pools.domain.matching.SkillNames;
import org.junit.jupiter.api.Test;

/**
 * On many small random instances the matcher's objective equals an exhaustive search over every assignment,
 * and no proposed match breaks a hard rule or the capacity of a person or a request.
 */
class MatcherOptimalityTest {

    private static final List<String> SKILLS = List.of(People.FORKLIFT, People.PICKING, People.HARVEST);
    private static final List<Coordinates> PLACES = List.of(People.VENLO, People.ROERMOND, People.MAASTRICHT);
    private final Assessor assessor = new Assessor(People.TODAY, SkillNames.uris());
    private final Matcher matcher = new Matcher(assessor);

    @Test
    void equalsExhaustiveSearchOnSmallRandomInstances() {
        Random random = new Random(20260601);
        int greedyWorse = 0;
        for (int round = 0; round < 400; round++) {
            List<Need> needs = new ArrayList<>();
            for (int r = 0, n = 1 + random.nextInt(3); r < n; r++) {
                needs.add(randomNeed(random, "r" + r));
            }
            List<Candidate> people = new ArrayList<>();
            for (int p = 0, n = 1 + random.nextInt(5); p < n; p++) {
                people.add(randomPerson(random, "p" + p));
            }

            MatchingOutcome outcome = matcher.match(needs, people);

            assertThat(outcome.objective()).as("round %d", round).isEqualTo(exhaustive(needs, people));
            assertHardRulesAndCapacities(outcome, needs, people);
            if (Greedy.objective(needs, people) < outcome.objective()) {
                greedyWorse++;
            }
        }
        assertThat(greedyWorse).as("instances where greedy is worse: the generator exercises real conflicts")
                .isPositive();
    }

    @Test
    void equalsAnIndependentExactSolverOnMediumRandomInstances() {
        Random random = new Random(6);
        for (int round = 0; round < 30; round++) {
            List<Need> needs = new ArrayList<>();
            for (int r = 0, n = 5 + random.nextInt(20); r < n; r++) {
                needs.add(randomNeed(random, "r" + r));
            }
            List<Candidate> people = new ArrayList<>();
            for (int p = 0, n = 10 + random.nextInt(60); p < n; p++) {
                people.add(randomPerson(random, "p" + p));
            }

            MatchingOutcome outcome = matcher.match(needs, people);

            assertThat(outcome.objective()).as("round %d", round)
                    .isEqualTo(IndependentExact.solve(assessor, needs, people).objective());
            assertHardRulesAndCapacities(outcome, needs, people);
        }
    }

    @Test
    void theMatchersScreenAgreesWithTheWordedRules() {
        Random random = new Random(7);
        for (int round = 0; round < 5_000; round++) {
            Candidate person = randomPerson(random, "p");
            Need need = randomNeed(random, "r");

            Assessment worded = assessor.assess(person, need);

            assertThat(assessor.failedRules(person, need)).as("round %d", round)
                    .isEqualTo(Math.min(2, worded.failed().size()));
            if (worded.eligible()) {
                assertThat(assessor.points(person, need)).as("round %d", round).isEqualTo(worded.totalScore());
            }
        }
    }

    private void assertHardRulesAndCapacities(MatchingOutcome outcome, List<Need> needs, List<Candidate> people) {
        Set<String> placed = new HashSet<>();
        Map<String, Integer> perRequest = new HashMap<>();
        for (ProposedMatch match : outcome.matches()) {
            assertThat(placed.add(match.personId())).as("a person placed twice").isTrue();
            perRequest.merge(match.requestId(), 1, Integer::sum);
            Need need = needs.stream().filter(n -> n.requestId().equals(match.requestId())).findFirst().orElseThrow();
            Candidate person = people.stream().filter(p -> p.personId().equals(match.personId())).findFirst().orElseThrow();
            assertThat(assessor.assess(person, need).eligible()).isTrue();
        }
        needs.forEach(n -> assertThat(perRequest.getOrDefault(n.requestId(), 0)).isLessThanOrEqualTo(n.count()));
    }

    /** Every way of giving each position a distinct person or nobody. */
    private long exhaustive(List<Need> needs, List<Candidate> people) {
        List<Need> slots = new ArrayList<>();
        needs.forEach(n -> {
            for (int i = 0; i < n.count(); i++) {
                slots.add(n);
            }
        });
        return best(slots, 0, people, new boolean[people.size()]);
    }

    private long best(List<Need> slots, int slot, List<Candidate> people, boolean[] used) {
        if (slot == slots.size()) {
            return 0;
        }
        long best = best(slots, slot + 1, people, used);
        for (int p = 0; p < people.size(); p++) {
            if (!used[p]) {
                Assessment a = assessor.assess(people.get(p), slots.get(slot));
                if (a.eligible()) {
                    used[p] = true;
                    best = Math.max(best, a.weight() + best(slots, slot + 1, people, used));
                    used[p] = false;
                }
            }
        }
        return best;
    }

    private Need randomNeed(Random random, String id) {
        Map<String, Integer> required = new HashMap<>();
        required.put(SKILLS.get(random.nextInt(SKILLS.size())), 1 + random.nextInt(3));
        Set<String> desired = random.nextBoolean() ? Set.of(SKILLS.get(random.nextInt(SKILLS.size()))) : Set.of();
        Set<String> certificates = random.nextInt(4) == 0 ? Set.of("VCA") : Set.of();
        Map<String, Cefr> languages = random.nextInt(3) == 0 ? Map.of("nl", Cefr.B1) : Map.of();
        LocalDate start = People.TODAY.plusDays(random.nextInt(60));
        return new Need(id, "m" + random.nextInt(2), required, desired, languages, certificates,
                new Period(start, start.plusDays(10 + random.nextInt(80))), 16 + random.nextInt(3) * 8,
                PLACES.get(random.nextInt(PLACES.size())), "place", 1 + random.nextInt(2));
    }

    private Candidate randomPerson(Random random, String id) {
        Map<String, Integer> skills = new HashMap<>();
        SKILLS.forEach(s -> {
            if (random.nextInt(3) > 0) {
                skills.put(s, 1 + random.nextInt(4));
            }
        });
        List<Certificate> certificates = random.nextBoolean()
                ? List.of(new Certificate("VCA", People.TODAY.plusDays(random.nextInt(200)))) : List.of();
        LocalDate from = People.TODAY.plusDays(random.nextInt(60));
        return new Candidate(id, skills, random.nextBoolean() ? Map.of("nl", Cefr.values()[random.nextInt(6)]) : Map.of(),
                certificates, PLACES.get(random.nextInt(PLACES.size())), 20 + random.nextInt(60),
                List.of(new AvailabilityWindow(new Period(from, from.plusDays(20 + random.nextInt(120))),
                        16 + random.nextInt(4) * 8)),
                random.nextInt(8) > 0, People.TODAY.minusDays(random.nextInt(100)),
                random.nextBoolean() ? Set.of("m0") : Set.of(), Map.of("region", random.nextBoolean() ? "A" : "B"));
    }
}
