package nl.talentcharter.monitoring.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.talentcharter.contracts.monitoring.KpiDimension;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.monitoring.domain.KpiCalculator.ThemeCount;

/**
 * What was heard on work visits: the items per cut, and the themes behind them. Per action line the items count
 * by the lines they inform, whoever was visited; per other dimension by the visited member.
 */
final class GovernanceFigures {

    private final FactIndex facts;
    private final Map<Period, List<Visit>> visitsByPeriod = new HashMap<>();

    GovernanceFigures(FactIndex facts) {
        this.facts = facts;
    }

    /**
     * Themes and challenges heard on work visits in the period. Per action line: the items of that line, whoever
     * was visited; per other dimension: the items heard at visited members of that cut.
     */
    KpiValue themesHeard(Cell cell) {
        boolean perActionLine = cell.cut().dimension() == KpiDimension.ACTION_LINE;
        int line = perActionLine ? ActionLine.valueOf(cell.cut().value()).ordinal() : -1;
        long items = 0;
        for (Visit visit : visitsIn(cell.period())) {
            long counted;
            if (perActionLine) {
                counted = visit.heardByActionLine()[line];
            } else {
                counted = cell.includes(visit.reported()) ? visit.reported().fact().heard().size() : 0;
            }
            if (counted > 0) {
                items += counted;
                cell.ids().add(visit.reported().fact());
            }
        }
        return cell.value(items, items);
    }

    /** A work visit reported, with how many items heard there inform each action line (by ordinal). */
    private record Visit(Noted reported, long[] heardByActionLine) {
    }

    private List<Visit> visitsIn(Period period) {
        return visitsByPeriod.computeIfAbsent(period, p -> {
            List<Visit> visits = new ArrayList<>();
            for (Noted reported : facts.inPeriod(FactKind.WORK_VISIT_REPORTED, p)) {
                long[] byActionLine = new long[ActionLine.values().length];
                for (HeardTheme heard : reported.fact().heard()) {
                    heard.actionLines().stream().distinct().forEach(line -> byActionLine[line.ordinal()]++);
                }
                visits.add(new Visit(reported, byActionLine));
            }
            return visits;
        });
    }

    /**
     * The themes heard on work visits in the period, counted per tag (an item with several tags counts under
     * each), most heard first; cut like {@link Kpi#GOVERNANCE_THEMES_HEARD}.
     */
    List<ThemeCount> themes(Period period, Cut cut) {
        Map<String, List<String>> idsByTheme = new TreeMap<>();
        for (Fact visit : facts.of(FactKind.WORK_VISIT_REPORTED)) {
            if (!period.contains(visit.on())
                    || (cut.dimension() != KpiDimension.ACTION_LINE && !cut.includes(facts.member(visit.memberId())))) {
                continue;
            }
            for (HeardTheme heard : visit.heard()) {
                if (cut.dimension() == KpiDimension.ACTION_LINE
                        && heard.actionLines().stream().noneMatch(line -> line.name().equals(cut.value()))) {
                    continue;
                }
                heard.tags().forEach(tag -> idsByTheme.computeIfAbsent(tag, t -> new ArrayList<>()).add(visit.eventId()));
            }
        }
        return idsByTheme.entrySet().stream()
                .map(e -> new ThemeCount(e.getKey(), e.getValue().size(),
                        e.getValue().stream().distinct().sorted().toList()))
                .sorted(Comparator.comparingLong(ThemeCount::count).reversed().thenComparing(ThemeCount::theme))
                .toList();
    }
}
