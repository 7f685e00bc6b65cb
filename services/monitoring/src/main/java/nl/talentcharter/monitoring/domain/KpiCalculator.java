package nl.talentcharter.monitoring.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import nl.talentcharter.contracts.monitoring.KpiDimension;
import nl.talentcharter.contracts.vocabulary.SizeClass;

/**
 * Computes KPI cells from facts, deterministically: the same facts give the same figures, whatever order
 * they arrived in, which is what makes a rebuild from the topics trustworthy. Members' figures are cut by
 * their current profile.
 */
public final class KpiCalculator {

    private final Collection<Fact> facts;
    private final Map<String, MemberDimensions> members;

    public KpiCalculator(Collection<Fact> facts, Map<String, MemberDimensions> members) {
        this.facts = facts;
        this.members = members;
    }

    public KpiValue compute(Kpi kpi, Period period, Cut cut) {
        return switch (kpi) {
            case MEMBERS_JOINED -> count(kpi, period, cut, FactKind.MEMBER_JOINED);
            case MEMBERS_ENDED -> count(kpi, period, cut, FactKind.MEMBERSHIP_ENDED);
            case HR_SCANS_REQUESTED -> count(kpi, period, cut, FactKind.SCAN_REQUESTED);
            case HR_SCANS_COMPLETED -> count(kpi, period, cut, FactKind.SCAN_COMPLETED);
            case HR_SCANS_OVERDUE -> count(kpi, period, cut, FactKind.FOLLOW_UP_OVERDUE);
            case MEMBERS_ACTIVE -> active(kpi, period, cut, member -> true);
            case MEMBERS_FRONT_RUNNERS -> active(kpi, period, cut, MemberDimensions::frontRunner);
            case MEMBERS_SME_SHARE -> smeShare(kpi, period, cut);
            case HR_SCANS_FOLLOW_UP_ON_TIME -> followUpOnTime(kpi, period, cut);
            case HR_SCANS_AVERAGE_SCORE -> averageScore(kpi, period, cut);
            case SPRINTS_PROPOSED -> count(kpi, period, cut, FactKind.SPRINT_PROPOSED);
            case SPRINTS_COMPLETED -> count(kpi, period, cut, FactKind.SPRINT_COMPLETED);
            case SPRINTS_SESSIONS_HELD -> count(kpi, period, cut, FactKind.SPRINT_SESSION_HELD);
            case SPRINTS_RUNNING -> sprintsRunning(kpi, period, cut);
            case EVENTS_HELD -> gatherings(kpi, period, cut, FactKind.LABOUR_MARKET_EVENT_SCHEDULED);
            case GOVERNANCE_LABOUR_MARKET_MEETINGS -> gatherings(kpi, period, cut, FactKind.LABOUR_MARKET_MEETING_SCHEDULED);
            case GOVERNANCE_EDUCATION_MEETINGS -> gatherings(kpi, period, cut, FactKind.EDUCATION_MEETING_SCHEDULED);
            case WORK_VISITS -> gatherings(kpi, period, cut, FactKind.WORK_VISIT_SCHEDULED);
            case EVENTS_REGISTRATIONS -> count(kpi, period, cut, FactKind.REGISTRATION_CONFIRMED);
            case EVENTS_ATTENDANCE_RATE -> attendanceRate(kpi, period, cut);
        };
    }

    private KpiValue count(Kpi kpi, Period period, Cut cut, FactKind kind) {
        List<String> ids = inPeriod(kind, period, cut).map(Fact::eventId).sorted().toList();
        return new KpiValue(kpi, period, cut, ids.size(), ids.size(), ids);
    }

    private KpiValue active(Kpi kpi, Period period, Cut cut, Predicate<MemberDimensions> which) {
        List<Fact> deciding = activeAt(period, cut);
        List<String> ids = deciding.stream().filter(f -> which.test(members.get(f.memberId())))
                .map(Fact::eventId).sorted().toList();
        return new KpiValue(kpi, period, cut, ids.size(), ids.size(), ids);
    }

    private KpiValue smeShare(Kpi kpi, Period period, Cut cut) {
        List<Fact> deciding = activeAt(period, cut);
        long sme = deciding.stream().filter(f -> members.get(f.memberId()).sizeClass() == SizeClass.SME).count();
        double share = deciding.isEmpty() ? 0 : round(100.0 * sme / deciding.size());
        return new KpiValue(kpi, period, cut, share, deciding.size(), deciding.stream().map(Fact::eventId).sorted().toList());
    }

    /**
     * Per member, the last membership fact up to the end of the period decides; the member is active when it
     * is a joining or a reinstatement. Only members whose profile is known count (cuts need it).
     */
    private List<Fact> activeAt(Period period, Cut cut) {
        Map<String, Fact> last = new HashMap<>();
        Comparator<Fact> order = Comparator.comparing(Fact::on).thenComparingLong(Fact::sequence);
        for (Fact fact : facts) {
            if (fact.kind().changesMembership() && !fact.on().isAfter(period.end()) && fact.memberId() != null) {
                last.merge(fact.memberId(), fact, (a, b) -> order.compare(a, b) >= 0 ? a : b);
            }
        }
        return last.values().stream()
                .filter(f -> f.kind() == FactKind.MEMBER_JOINED || f.kind() == FactKind.MEMBERSHIP_REINSTATED)
                .filter(f -> members.containsKey(f.memberId()) && cut.includes(members.get(f.memberId())))
                .toList();
    }

    /**
     * Sprints started by the end of the period and not ended (completed or cancelled) by then; traced to their
     * starts. Sprints name no single member, so only the uncut figure counts them.
     */
    private KpiValue sprintsRunning(Kpi kpi, Period period, Cut cut) {
        Map<String, Fact> started = new HashMap<>();
        java.util.Set<String> ended = new java.util.HashSet<>();
        for (Fact fact : facts) {
            if (fact.subject() == null || fact.on().isAfter(period.end())) {
                continue;
            }
            if (fact.kind() == FactKind.SPRINT_STARTED) {
                started.merge(fact.subject(), fact, (a, b) -> a.on().isAfter(b.on()) ? b : a);
            } else if (fact.kind().endsSprint()) {
                ended.add(fact.subject());
            }
        }
        List<String> ids = started.entrySet().stream().filter(e -> !ended.contains(e.getKey()))
                .filter(e -> cut.includes(e.getValue().memberId() == null ? null : members.get(e.getValue().memberId())))
                .map(e -> e.getValue().eventId()).sorted().toList();
        return new KpiValue(kpi, period, cut, ids.size(), ids.size(), ids);
    }

    /**
     * Gatherings of one category whose current start day (the last schedule or reschedule, by sequence) lies in
     * the period and that are not cancelled; traced to their scheduling and rescheduling events. Gatherings name
     * no single member, so only the uncut figure counts them.
     */
    private KpiValue gatherings(Kpi kpi, Period period, Cut cut, FactKind category) {
        Map<String, List<Fact>> bySubject = new HashMap<>();
        facts.stream().filter(f -> f.subject() != null && (f.kind().schedulesGathering()
                        || f.kind() == FactKind.GATHERING_RESCHEDULED || f.kind() == FactKind.GATHERING_CANCELLED))
                .forEach(f -> bySubject.computeIfAbsent(f.subject(), s -> new ArrayList<>()).add(f));
        List<String> ids = new ArrayList<>();
        long count = 0;
        for (List<Fact> gathering : bySubject.values()) {
            boolean ofCategory = gathering.stream().anyMatch(f -> f.kind() == category);
            boolean cancelled = gathering.stream().anyMatch(f -> f.kind() == FactKind.GATHERING_CANCELLED);
            List<Fact> schedules = gathering.stream().filter(f -> f.kind() != FactKind.GATHERING_CANCELLED)
                    .sorted(Comparator.comparingLong(Fact::sequence)).toList();
            if (!ofCategory || cancelled || schedules.isEmpty() || !cut.includes(null)
                    || !period.contains(schedules.get(schedules.size() - 1).on())) {
                continue;
            }
            count++;
            schedules.forEach(f -> ids.add(f.eventId()));
        }
        return new KpiValue(kpi, period, cut, count, count, ids.stream().sorted().toList());
    }

    /** Attended of all attendance recorded in the period (attended or no-show), in per cent. */
    private KpiValue attendanceRate(Kpi kpi, Period period, Cut cut) {
        List<Fact> recorded = java.util.stream.Stream.concat(inPeriod(FactKind.ATTENDED, period, cut),
                inPeriod(FactKind.NO_SHOW, period, cut)).toList();
        long attended = recorded.stream().filter(f -> f.kind() == FactKind.ATTENDED).count();
        double rate = recorded.isEmpty() ? 0 : round(100.0 * attended / recorded.size());
        return new KpiValue(kpi, period, cut, rate, recorded.size(),
                recorded.stream().map(Fact::eventId).sorted().toList());
    }

    private KpiValue followUpOnTime(Kpi kpi, Period period, Cut cut) {
        Map<String, List<Fact>> heldByScan = new HashMap<>();
        facts.stream().filter(f -> f.kind() == FactKind.FOLLOW_UP_HELD && f.scanId() != null)
                .forEach(f -> heldByScan.computeIfAbsent(f.scanId(), s -> new ArrayList<>()).add(f));
        List<String> ids = new ArrayList<>();
        long scans = 0;
        for (Fact completed : inPeriod(FactKind.SCAN_COMPLETED, period, cut).toList()) {
            Optional<Fact> onTime = heldByScan.getOrDefault(completed.scanId(), List.of()).stream()
                    .filter(held -> completed.dueOn() != null && !held.on().isAfter(completed.dueOn()))
                    .min(Comparator.comparing(Fact::on));
            if (onTime.isPresent()) {
                scans++;
                ids.add(completed.eventId());
                ids.add(onTime.get().eventId());
            }
        }
        return new KpiValue(kpi, period, cut, scans, scans, ids.stream().sorted().toList());
    }

    /** Per action line: the mean of the scans' domain scores of that line; otherwise of the overall scores. */
    private KpiValue averageScore(Kpi kpi, Period period, Cut cut) {
        List<String> ids = new ArrayList<>();
        double sum = 0;
        long scans = 0;
        for (Fact completed : inPeriod(FactKind.SCAN_COMPLETED, period,
                cut.dimension() == KpiDimension.ACTION_LINE ? Cut.ALL : cut).toList()) {
            Double score = completed.score();
            if (cut.dimension() == KpiDimension.ACTION_LINE) {
                score = completed.domains().stream()
                        .filter(d -> d.actionLines().stream().anyMatch(line -> line.name().equals(cut.value())))
                        .mapToDouble(ScoredDomain::score).average().stream().boxed().findFirst().orElse(null);
            }
            if (score != null) {
                sum += score;
                scans++;
                ids.add(completed.eventId());
            }
        }
        double mean = scans == 0 ? 0 : round(sum / scans);
        return new KpiValue(kpi, period, cut, mean, scans, ids.stream().sorted().toList());
    }

    private java.util.stream.Stream<Fact> inPeriod(FactKind kind, Period period, Cut cut) {
        return facts.stream().filter(f -> f.kind() == kind && period.contains(f.on()))
                .filter(f -> cut.includes(f.memberId() == null ? null : members.get(f.memberId())));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
