package nl.talentcharter.pools.domain.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Placement rates per recorded group (e.g. region, cross-border or not) of one run, so that a human reviewer
 * sees at a glance whether some group is systematically left out.
 */
final class FairnessReport {

    private FairnessReport() {
    }

    static List<GroupRate> rates(List<Candidate> considered, Set<Integer> eligible, Set<Integer> placed) {
        Map<String, Map<String, int[]>> counts = new TreeMap<>();
        for (int p = 0; p < considered.size(); p++) {
            for (Map.Entry<String, String> group : considered.get(p).group().entrySet()) {
                int[] count = counts.computeIfAbsent(group.getKey(), k -> new TreeMap<>())
                        .computeIfAbsent(group.getValue(), k -> new int[3]);
                count[0]++;
                if (eligible.contains(p)) {
                    count[1]++;
                }
                if (placed.contains(p)) {
                    count[2]++;
                }
            }
        }
        List<GroupRate> rates = new ArrayList<>();
        counts.forEach((dimension, groups) -> groups.forEach((group, c) ->
                rates.add(new GroupRate(dimension, group, c[0], c[1], c[2]))));
        return List.copyOf(rates);
    }
}
