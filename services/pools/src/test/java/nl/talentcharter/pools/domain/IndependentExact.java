package nl.talentcharter.pools.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.talentcharter.pools.domain.matching.Assessment;
import nl.talentcharter.pools.domain.matching.Assessor;
import nl.talentcharter.pools.domain.matching.Candidate;
import nl.talentcharter.pools.domain.matching.Need;
import org.jgrapht.alg.interfaces.MatchingAlgorithm;
import org.jgrapht.alg.matching.MaximumWeightBipartiteMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The check on the service's matcher, built another way on purpose: every pair is assessed with the worded
 * rules ({@link Assessor#assess}, not the matcher's screen), every request is expanded into one slot per
 * position, and JGraphT's maximum-weight bipartite matching (a different algorithm, exact: BigDecimal
 * potentials; each pair's weight is an integer below 2^53, so exact as a double) solves it.
 */
public final class IndependentExact {

    /** The objective (sum of weights) and the CPU time spent assessing and solving. */
    public record Result(long objective, int matches, long assessMillis, long solveMillis) {
    }

    private IndependentExact() {
    }

    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    public static Result solve(Assessor assessor, List<Need> needs, List<Candidate> people) {
        long start = cpuNanos();
        Map<Need, Map<Candidate, Long>> eligible = new HashMap<>();
        for (Need need : needs) {
            Map<Candidate, Long> weights = new HashMap<>();
            for (Candidate person : people) {
                if (need.declined().contains(person.personId())) {
                    continue;
                }
                Assessment a = assessor.assess(person, need);
                if (a.eligible()) {
                    weights.put(person, a.weight());
                }
            }
            eligible.put(need, weights);
        }
        long assessed = cpuNanos();
        SimpleWeightedGraph<Object, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Set<Object> slots = new HashSet<>();
        Set<Object> persons = new HashSet<>();
        Map<DefaultWeightedEdge, Long> exactWeight = new HashMap<>();
        for (Need need : needs) {
            Map<Candidate, Long> weights = eligible.get(need);
            for (int s = 0; s < Math.min(need.count(), weights.size()); s++) {
                String slot = "slot:" + need.requestId() + ":" + s;
                graph.addVertex(slot);
                slots.add(slot);
                for (Map.Entry<Candidate, Long> pair : weights.entrySet()) {
                    Object person = "person:" + pair.getKey().personId();
                    if (persons.add(person)) {
                        graph.addVertex(person);
                    }
                    DefaultWeightedEdge edge = graph.addEdge(slot, person);
                    graph.setEdgeWeight(edge, (double) pair.getValue());
                    exactWeight.put(edge, pair.getValue());
                }
            }
        }
        MatchingAlgorithm.Matching<Object, DefaultWeightedEdge> matching =
                new MaximumWeightBipartiteMatching<>(graph, slots, persons).getMatching();
        long objective = matching.getEdges().stream().mapToLong(exactWeight::get).sum();
        long solved = cpuNanos();
        return new Result(objective, matching.getEdges().size(), (assessed - start) / 1_000_000,
                (solved - assessed) / 1_000_000);
    }
}
