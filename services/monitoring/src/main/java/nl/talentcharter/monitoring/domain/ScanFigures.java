package nl.talentcharter.monitoring.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.talentcharter.contracts.monitoring.KpiDimension;
import nl.talentcharter.contracts.vocabulary.ActionLine;

/** The HR-scan figures beyond plain counts: follow-ups on time and the average score. */
final class ScanFigures {

    private final FactIndex facts;
    private Map<String, List<Fact>> followUpsByScan;
    private final Map<Period, List<Joined>> followedUpByPeriod = new HashMap<>();
    private final Map<YearMonth, List<ScoredScan>> scoredByMonth = new HashMap<>();
    private final Map<Period, List<ScoredScan>> scoredByPeriod = new HashMap<>();

    ScanFigures(FactIndex facts) {
        this.facts = facts;
    }

    KpiValue followUpOnTime(Cell cell) {
        long scans = cell.countJoined(followedUpOnTimeIn(cell.period()));
        return cell.value(scans, scans);
    }

    /** The scans completed in the period that were followed up on time, each with its first such follow-up. */
    private List<Joined> followedUpOnTimeIn(Period period) {
        return followedUpByPeriod.computeIfAbsent(period, p -> {
            List<Joined> onTime = new ArrayList<>();
            for (Noted completed : facts.inPeriod(FactKind.SCAN_COMPLETED, p)) {
                firstFollowUpOnTime(completed.fact()).ifPresent(held -> onTime.add(new Joined(completed, held)));
            }
            return onTime;
        });
    }

    /** The first follow-up held of a completed scan on or before its due day, if any. */
    private Optional<Fact> firstFollowUpOnTime(Fact completed) {
        if (followUpsByScan == null) {
            followUpsByScan = new HashMap<>();
            for (Fact held : facts.of(FactKind.FOLLOW_UP_HELD)) {
                if (held.scanId() != null) {
                    followUpsByScan.computeIfAbsent(held.scanId(), s -> new ArrayList<>()).add(held);
                }
            }
        }
        if (completed.dueOn() == null) {
            return Optional.empty();
        }
        return followUpsByScan.getOrDefault(completed.scanId(), List.of()).stream()
                .filter(held -> !held.on().isAfter(completed.dueOn()))
                .min(Comparator.comparing(Fact::on).thenComparing(Fact::eventId));
    }

    /** Per action line: the mean of the scans' domain scores of that line; otherwise of the overall scores. */
    KpiValue averageScore(Cell cell) {
        boolean perActionLine = cell.cut().dimension() == KpiDimension.ACTION_LINE;
        int line = perActionLine ? ActionLine.valueOf(cell.cut().value()).ordinal() : -1;
        double sum = 0;
        long scans = 0;
        for (ScoredScan scan : scoredIn(cell.period())) {
            if (!perActionLine && !cell.includes(scan.completed())) {
                continue;
            }
            Double score = perActionLine ? scan.byActionLine()[line] : scan.completed().fact().score();
            if (score != null) {
                sum += score;
                scans++;
                cell.ids().add(scan.completed().fact());
            }
        }
        double mean = scans == 0 ? 0 : Cell.round(sum / scans);
        return cell.value(mean, scans);
    }

    /** A completed scan with its score per action line (by ordinal): the same in every cut and period, so once. */
    private record ScoredScan(Noted completed, Double[] byActionLine) {
    }

    /** Per month, as a scan's scores per line are the same in its month, quarter and year. */
    private List<ScoredScan> scoredIn(Period period) {
        List<YearMonth> months = period.months();
        if (months.size() == 1) {
            return scoredIn(months.get(0));
        }
        return scoredByPeriod.computeIfAbsent(period, p -> {
            List<ScoredScan> scored = new ArrayList<>();
            months.forEach(month -> scored.addAll(scoredIn(month)));
            return scored;
        });
    }

    private List<ScoredScan> scoredIn(YearMonth month) {
        return scoredByMonth.computeIfAbsent(month, m -> {
            List<ScoredScan> scored = new ArrayList<>();
            for (Noted completed : facts.inMonth(FactKind.SCAN_COMPLETED, m)) {
                Double[] byActionLine = new Double[ActionLine.values().length];
                for (ActionLine line : ActionLine.values()) {
                    byActionLine[line.ordinal()] = domainScore(completed.fact(), line);
                }
                scored.add(new ScoredScan(completed, byActionLine));
            }
            return scored;
        });
    }

    /** The mean of a scan's domain scores that inform the action line, null when none does. */
    private static Double domainScore(Fact completed, ActionLine actionLine) {
        return completed.domains().stream()
                .filter(d -> d.actionLines().contains(actionLine))
                .mapToDouble(ScoredDomain::score).average().stream().boxed().findFirst().orElse(null);
    }
}
