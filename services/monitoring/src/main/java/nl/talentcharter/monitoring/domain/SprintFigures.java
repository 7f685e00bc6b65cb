package nl.talentcharter.monitoring.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The sprint figures that join facts: sprints running at a period's end and the companies sprints reached. */
final class SprintFigures {

    private final FactIndex facts;
    private final Map<LocalDate, List<Noted>> runningByDay = new HashMap<>();
    private final Map<Period, List<Noted>> reachedByPeriod = new HashMap<>();

    SprintFigures(FactIndex facts) {
        this.facts = facts;
    }

    /**
     * Sprints started by the end of the period and not ended (completed or cancelled) by then; traced to their
     * starts. Sprints name no single member, so only the uncut figure counts them.
     */
    KpiValue running(Cell cell) {
        long count = cell.count(runningAt(cell.period().end()));
        return cell.value(count, count);
    }

    /** The starts of the sprints running on {@code day}: once per day, not once per cell. */
    private List<Noted> runningAt(LocalDate day) {
        return runningByDay.computeIfAbsent(day, end -> {
            Map<String, Fact> started = new HashMap<>();
            Set<String> ended = new HashSet<>();
            Comparator<Fact> earliest = Comparator.comparing(Fact::on).thenComparing(Fact::eventId);
            for (Fact fact : facts.kinds(FactKind.SPRINT_STARTED, FactKind.SPRINT_COMPLETED, FactKind.SPRINT_CANCELLED)) {
                if (fact.subject() == null || fact.on().isAfter(end)) {
                    continue;
                }
                if (fact.kind() == FactKind.SPRINT_STARTED) {
                    started.merge(fact.subject(), fact, (a, b) -> earliest.compare(a, b) <= 0 ? a : b);
                } else if (fact.kind().endsSprint()) {
                    ended.add(fact.subject());
                }
            }
            List<Noted> running = new ArrayList<>();
            started.forEach((sprint, start) -> {
                if (!ended.contains(sprint)) {
                    running.add(facts.noted(start, start.memberId()));
                }
            });
            return running;
        });
    }

    /**
     * Distinct members in a sprint's cohort in the period: the cohort a sprint started with (on its start day)
     * and members joining a sprint later (on their joining day); each member traced to its first such event.
     */
    KpiValue companiesReached(Cell cell) {
        long reached = cell.count(reachedIn(cell.period()));
        return cell.valueOfDistinct(reached, reached);
    }

    /** Per member reached in the period, its first sprint event (cut by that member): once per period, not per cut. */
    private List<Noted> reachedIn(Period period) {
        return reachedByPeriod.computeIfAbsent(period, p -> {
            Map<String, Fact> firstByMember = new HashMap<>();
            Comparator<Fact> order = Comparator.comparing(Fact::on).thenComparing(Fact::eventId);
            for (Noted started : facts.inPeriod(FactKind.SPRINT_STARTED, p)) {
                started.fact().cohort().forEach(m -> firstByMember.merge(m, started.fact(),
                        (a, b) -> order.compare(a, b) <= 0 ? a : b));
            }
            for (Noted joined : facts.inPeriod(FactKind.COMPANY_JOINED_SPRINT, p)) {
                if (joined.fact().memberId() != null) {
                    firstByMember.merge(joined.fact().memberId(), joined.fact(),
                            (a, b) -> order.compare(a, b) <= 0 ? a : b);
                }
            }
            List<Noted> reached = new ArrayList<>();
            firstByMember.forEach((member, first) -> reached.add(facts.noted(first, member)));
            return reached;
        });
    }
}
