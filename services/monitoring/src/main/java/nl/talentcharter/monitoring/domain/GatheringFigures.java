package nl.talentcharter.monitoring.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gatherings held (events, governance meetings, work visits): a gathering counts in the period of its current
 * start day, which a reschedule of any earlier day may move (ADR 0124).
 */
final class GatheringFigures {

    private final FactIndex facts;
    private final Map<FactKind, List<Gathering>> gatheringsByCategory = new EnumMap<>(FactKind.class);

    GatheringFigures(FactIndex facts) {
        this.facts = facts;
    }

    /**
     * Gatherings of one category whose current start day (the last schedule or reschedule, by sequence) lies in
     * the period and that are not cancelled; traced to their scheduling and rescheduling events. Gatherings name
     * no single member, so only the uncut figure counts them.
     */
    KpiValue held(Cell cell, FactKind category) {
        long count = 0;
        if (cell.cut().includes(null)) {
            for (Gathering gathering : gatherings(category)) {
                if (cell.period().contains(gathering.startsOn())) {
                    count++;
                    cell.ids().addAll(gathering.scheduledBy());
                }
            }
        }
        return cell.value(count, count);
    }

    /** A gathering not cancelled: its current start day and the events that scheduled and moved it. */
    private record Gathering(LocalDate startsOn, List<String> scheduledBy) {
    }

    /** The gatherings of a category that are not cancelled: the same in every period, so once per calculator. */
    private List<Gathering> gatherings(FactKind category) {
        return gatheringsByCategory.computeIfAbsent(category, c -> {
            Map<String, List<Fact>> bySubject = new HashMap<>();
            for (Fact fact : facts.kinds(category, FactKind.GATHERING_RESCHEDULED, FactKind.GATHERING_CANCELLED)) {
                if (fact.subject() != null) {
                    bySubject.computeIfAbsent(fact.subject(), s -> new ArrayList<>()).add(fact);
                }
            }
            List<Gathering> current = new ArrayList<>();
            for (List<Fact> gathering : bySubject.values()) {
                boolean ofCategory = gathering.stream().anyMatch(f -> f.kind() == category);
                boolean cancelled = gathering.stream().anyMatch(f -> f.kind() == FactKind.GATHERING_CANCELLED);
                List<Fact> schedules = gathering.stream().filter(f -> f.kind() != FactKind.GATHERING_CANCELLED)
                        .sorted(Comparator.comparingLong(Fact::sequence).thenComparing(Fact::eventId)).toList();
                if (ofCategory && !cancelled && !schedules.isEmpty()) {
                    current.add(new Gathering(schedules.get(schedules.size() - 1).on(),
                            schedules.stream().map(Fact::eventId).toList()));
                }
            }
            return current;
        });
    }
}
