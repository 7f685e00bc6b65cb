package nl.talentcharter.pools.domain.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jgrapht.alg.interfaces.MatchingAlgorithm;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Assigns people to open positions so that the total weight (positions filled, then score, then waiting time;
 * see {@link Assessment#weight()}) is maximal over all requests of a pool at once, never greedily one request
 * after the other (ADR 0100). Each request is expanded into one slot per position; each person fills at most
 * one slot. The assignment problem is solved exactly with the Hungarian method (JGraphT's Kuhn-Munkres) on a
 * square cost matrix: ineligible pairs and padding cost the most, so they are chosen only where no eligible
 * pair is left, and are then dropped from the result.
 */
public final class Matcher {

    private final Assessor assessor;

    public Matcher(Assessor assessor) {
        this.assessor = assessor;
    }

    public MatchingOutcome match(List<Need> needs, List<Candidate> people) {
        List<Candidate> considered = people.stream().filter(Candidate::consentToShare)
                .sorted(Comparator.comparing(Candidate::personId)).toList();
        List<Need> requests = needs.stream().sorted(Comparator.comparing(Need::requestId)).toList();
        Assessment[][] table = new Assessment[requests.size()][considered.size()];
        for (int r = 0; r < requests.size(); r++) {
            for (int p = 0; p < considered.size(); p++) {
                table[r][p] = assessor.assess(considered.get(p), requests.get(r));
            }
        }
        // only people eligible somewhere and requests someone is eligible for enter the assignment
        List<Integer> slots = new ArrayList<>();
        Set<Integer> usefulPeople = new java.util.TreeSet<>();
        for (int r = 0; r < requests.size(); r++) {
            List<Integer> eligible = new ArrayList<>();
            for (int p = 0; p < considered.size(); p++) {
                if (table[r][p].eligible()) {
                    eligible.add(p);
                }
            }
            usefulPeople.addAll(eligible);
            for (int i = 0; i < Math.min(requests.get(r).count(), eligible.size()); i++) {
                slots.add(r);
            }
        }
        if (Math.min(slots.size(), usefulPeople.size()) > Assessment.MAX_POSITIONS_PER_RUN) {
            throw new nl.talentcharter.pools.domain.Refused("matching-run-too-large", "a run can fill at most "
                    + Assessment.MAX_POSITIONS_PER_RUN + " positions and stay exactly lexicographic; this one could fill "
                    + Math.min(slots.size(), usefulPeople.size()) + ": run it per sector or region");
        }
        List<Integer> persons = List.copyOf(usefulPeople);
        int[] assignment = assign(slots, persons, table);

        List<ProposedMatch> matches = new ArrayList<>();
        Map<String, Integer> filled = new TreeMap<>();
        Set<Integer> placed = new HashSet<>();
        long objective = 0;
        for (int s = 0; s < slots.size(); s++) {
            int p = assignment[s];
            if (p >= 0) {
                Assessment chosen = table[slots.get(s)][p];
                matches.add(ProposedMatch.of(chosen));
                filled.merge(chosen.need().requestId(), 1, Integer::sum);
                placed.add(p);
                objective += chosen.weight();
            }
        }
        Map<String, Integer> unfilled = new LinkedHashMap<>();
        for (Need need : requests) {
            int open = need.count() - filled.getOrDefault(need.requestId(), 0);
            if (open > 0) {
                unfilled.put(need.requestId(), open);
            }
        }
        List<NearMiss> nearMisses = new ArrayList<>();
        for (int r = 0; r < requests.size(); r++) {
            if (!unfilled.containsKey(requests.get(r).requestId())) {
                continue;
            }
            for (int p = 0; p < considered.size(); p++) {
                if (!placed.contains(p) && NearMiss.applies(table[r][p])) {
                    nearMisses.add(NearMiss.of(table[r][p]));
                }
            }
        }
        int withoutConsent = people.size() - considered.size();
        return new MatchingOutcome(List.copyOf(matches), List.copyOf(nearMisses), unfilled,
                FairnessReport.rates(considered, usefulPeople, placed), withoutConsent, objective);
    }

    /** Slot index to the index (into the considered people) of the person in it, or -1 for an empty slot. */
    private static int[] assign(List<Integer> slots, List<Integer> persons, Assessment[][] table) {
        int[] result = new int[slots.size()];
        java.util.Arrays.fill(result, -1);
        if (slots.isEmpty() || persons.isEmpty()) {
            return result;
        }
        int size = Math.max(slots.size(), persons.size());
        long maxWeight = 0;
        for (int s = 0; s < slots.size(); s++) {
            for (int p : persons) {
                maxWeight = Math.max(maxWeight, table[slots.get(s)][p].weight());
            }
        }
        SimpleWeightedGraph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Set<Integer> left = new java.util.LinkedHashSet<>();
        Set<Integer> right = new java.util.LinkedHashSet<>();
        for (int i = 0; i < size; i++) {
            graph.addVertex(i);
            left.add(i);
            graph.addVertex(size + i);
            right.add(size + i);
        }
        for (int s = 0; s < size; s++) {
            for (int q = 0; q < size; q++) {
                long weight = s < slots.size() && q < persons.size() ? table[slots.get(s)][persons.get(q)].weight() : 0;
                // costs stay non-negative and exact in a double (< 2^53 even summed over thousands of slots)
                graph.setEdgeWeight(graph.addEdge(s, size + q), (double) (maxWeight - weight));
            }
        }
        MatchingAlgorithm.Matching<Integer, DefaultWeightedEdge> matching =
                new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(graph, left, right).getMatching();
        for (DefaultWeightedEdge edge : matching.getEdges()) {
            int s = graph.getEdgeSource(edge);
            int q = graph.getEdgeTarget(edge) - size;
            if (s >= size) { // undirected: the edge may come back the other way round
                int t = s;
                s = q + size;
                q = t - size;
            }
            if (s < slots.size() && q < persons.size() && table[slots.get(s)][persons.get(q)].eligible()) {
                result[s] = persons.get(q);
            }
        }
        return result;
    }
}
