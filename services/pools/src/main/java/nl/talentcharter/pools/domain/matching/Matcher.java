package nl.talentcharter.pools.domain.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.talentcharter.pools.domain.Refused;

/**
 * Assigns people to open positions so that the total weight (positions filled, then score, then waiting time;
 * see {@link Assessment#weight()}) is maximal over all requests of a pool at once, never greedily one request
 * after the other (ADR 0100, 0105). Each person fills at most one position; each request up to its open
 * positions. The hard rules are screened for every pair without words; only the eligible pairs enter an exact
 * min-cost flow ({@link OptimalAssignment}); explanations are written for the chosen pairs and near misses.
 */
public final class Matcher {

    /** Near misses kept per unfilled request, longest waiting first: enough to act on, small enough to review. */
    static final int NEAR_MISSES_PER_REQUEST = 25;

    private final Assessor assessor;

    public Matcher(Assessor assessor) {
        this.assessor = assessor;
    }

    public MatchingOutcome match(List<Need> needs, List<Candidate> people) {
        List<Candidate> considered = people.stream().filter(Candidate::consentToShare)
                .sorted(Comparator.comparing(Candidate::personId)).toList();
        List<Need> requests = needs.stream().sorted(Comparator.comparing(Need::requestId)).toList();
        long[] waiting = considered.stream().mapToLong(assessor::waitingDays).toArray();

        Pairs eligible = new Pairs();
        List<List<Integer>> nearMissesOf = new ArrayList<>();
        int[] eligibleCount = new int[requests.size()];
        Set<Integer> usefulPeople = new java.util.TreeSet<>();
        for (int r = 0; r < requests.size(); r++) {
            Need need = requests.get(r);
            List<Integer> oneRuleShort = new ArrayList<>();
            for (int p = 0; p < considered.size(); p++) {
                if (need.declined().contains(considered.get(p).personId())) {
                    continue;
                }
                int failed = assessor.failedRules(considered.get(p), need);
                if (failed == 0) {
                    eligible.add(p, r, Assessment.weight(assessor.points(considered.get(p), need), waiting[p]));
                    eligibleCount[r]++;
                    usefulPeople.add(p);
                } else if (failed == 1) {
                    oneRuleShort.add(p);
                }
            }
            nearMissesOf.add(oneRuleShort);
        }
        int[] positions = new int[requests.size()];
        int fillable = 0;
        for (int r = 0; r < requests.size(); r++) {
            positions[r] = Math.min(requests.get(r).count(), eligibleCount[r]);
            fillable += positions[r];
        }
        if (Math.min(fillable, usefulPeople.size()) > Assessment.MAX_POSITIONS_PER_RUN) {
            throw new Refused("matching-run-too-large", "a run can fill at most " + Assessment.MAX_POSITIONS_PER_RUN
                    + " positions and stay exactly lexicographic; this one could fill "
                    + Math.min(fillable, usefulPeople.size()) + ": run it per sector or region");
        }
        int[] pairPerson = eligible.person();
        int[] pairRequest = eligible.request();
        int[] chosen = OptimalAssignment.solve(considered.size(), positions, pairPerson, pairRequest,
                eligible.weight());

        List<ProposedMatch> matches = new ArrayList<>();
        Map<String, Integer> filled = new TreeMap<>();
        Set<Integer> placed = new HashSet<>();
        long objective = 0;
        for (int pair = 0; pair < chosen.length; pair++) {
            if (chosen[pair] == 1) {
                Assessment assessment = assessor.assess(considered.get(pairPerson[pair]), requests.get(pairRequest[pair]));
                matches.add(ProposedMatch.of(assessment));
                filled.merge(assessment.need().requestId(), 1, Integer::sum);
                placed.add(pairPerson[pair]);
                objective += assessment.weight();
            }
        }
        Map<String, Integer> unfilled = new LinkedHashMap<>();
        List<NearMiss> nearMisses = new ArrayList<>();
        for (int r = 0; r < requests.size(); r++) {
            Need need = requests.get(r);
            int open = need.count() - filled.getOrDefault(need.requestId(), 0);
            if (open <= 0) {
                continue;
            }
            unfilled.put(need.requestId(), open);
            nearMissesOf.get(r).stream().filter(p -> !placed.contains(p))
                    .sorted(Comparator.comparingLong((Integer p) -> -waiting[p]).thenComparing(p -> p))
                    .map(p -> assessor.assess(considered.get(p), need))
                    .filter(NearMiss::applies)
                    .limit(NEAR_MISSES_PER_REQUEST)
                    .forEach(a -> nearMisses.add(NearMiss.of(a)));
        }
        int withoutConsent = people.size() - considered.size();
        return new MatchingOutcome(List.copyOf(matches), List.copyOf(nearMisses), unfilled,
                FairnessReport.rates(considered, usefulPeople, placed), withoutConsent, objective);
    }

    /** The eligible pairs as primitive columns: a large pool has millions of pairs. */
    private static final class Pairs {
        private int[] person = new int[1024];
        private int[] request = new int[1024];
        private long[] weight = new long[1024];
        private int size;

        void add(int p, int r, long value) {
            if (size == person.length) {
                person = java.util.Arrays.copyOf(person, size * 2);
                request = java.util.Arrays.copyOf(request, size * 2);
                weight = java.util.Arrays.copyOf(weight, size * 2);
            }
            person[size] = p;
            request[size] = r;
            weight[size++] = value;
        }

        int[] person() {
            return java.util.Arrays.copyOf(person, size);
        }

        int[] request() {
            return java.util.Arrays.copyOf(request, size);
        }

        long[] weight() {
            return java.util.Arrays.copyOf(weight, size);
        }
    }
}
