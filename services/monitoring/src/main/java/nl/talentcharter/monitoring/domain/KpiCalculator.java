package nl.talentcharter.monitoring.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import nl.talentcharter.contracts.monitoring.KpiDimension;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.SizeClass;

/**
 * Computes KPI cells from facts, deterministically: the same facts give the same figures, whatever order
 * they arrived in, which is what makes a rebuild from the topics trustworthy. Members' figures are cut by
 * their current profile.
 * <p>
 * One calculator serves many cells (every KPI x period x cut of a refresh): what does not depend on the cut is
 * worked out once per calculator or once per period and kept, so a cell mostly filters by its cut. Not thread-safe.
 * <p>
 * A figure that reads facts dated outside its period (a membership state, a join to an earlier event) must be known
 * to {@link CellsMoved}, or the live announcements miss the cells such a fact moves (ADR 0124).
 */
public final class KpiCalculator {

    /** How long after joining an event attended still counts as the way a member came in. */
    public static final int VIA_EVENT_DAYS = 30;

    private final Map<String, MemberDimensions> members;
    /** Per member with a known profile, that profile with the cuts its figures count in ({@link CutBits}). */
    private final Map<String, Profile> profiles = new HashMap<>();
    /** The facts per kind, read once: most figures need one or two kinds. */
    private final Map<FactKind, List<Fact>> byKind = new EnumMap<>(FactKind.class);
    /**
     * The facts per kind and month, each with its member resolved once: a cell of a month or quarter reads only its
     * own months' facts, and a cell's cut tests the member without a lookup per fact and cut.
     */
    private final Map<FactKind, Map<YearMonth, List<Noted>>> byKindAndMonth = new EnumMap<>(FactKind.class);
    /** The facts of a kind in a quarter or year, joined from its months once, not once per cut. */
    private final Map<KindInPeriod, List<Noted>> byKindAndPeriod = new HashMap<>();
    // joins and per-period results built once per calculator, not once per cell
    private Map<String, Fact> registrations;
    private Map<String, Fact> requests;
    private Map<String, List<Fact>> offersByPerson;
    private Map<String, List<Fact[]>> labourMarketAttendance;
    private Map<String, List<Fact>> followUpsByScan;
    private final Map<FactKind, List<Gathering>> gatheringsByCategory = new EnumMap<>(FactKind.class);
    private final Map<LocalDate, List<Noted>> activeByDay = new HashMap<>();
    private final Map<LocalDate, List<Noted>> runningByDay = new HashMap<>();
    private final Map<Period, List<Noted>> reachedByPeriod = new HashMap<>();
    private final Map<Period, List<Joined>> followedUpByPeriod = new HashMap<>();
    private final Map<YearMonth, List<ScoredScan>> scoredByMonth = new HashMap<>();
    private final Map<Period, List<ScoredScan>> scoredByPeriod = new HashMap<>();
    private final Map<Period, List<Joined>> matchesByPeriod = new HashMap<>();
    private final Map<Period, List<Joined>> crossBorderByPeriod = new HashMap<>();
    private final Map<Period, List<Visit>> visitsByPeriod = new HashMap<>();
    private final Map<Period, List<Attendee>> attendeesByPeriod = new HashMap<>();
    private final Map<Period, Map<String, CameThroughEvent>> viaEventsByPeriod = new HashMap<>();

    public KpiCalculator(Collection<Fact> facts, Map<String, MemberDimensions> members) {
        this.members = members;
        members.forEach((id, member) -> profiles.put(id, new Profile(member, CutBits.of(member))));
        for (Fact fact : facts) {
            byKind.computeIfAbsent(fact.kind(), k -> new ArrayList<>()).add(fact);
            byKindAndMonth.computeIfAbsent(fact.kind(), k -> new HashMap<>())
                    .computeIfAbsent(YearMonth.from(fact.on()), m -> new ArrayList<>())
                    .add(noted(fact, fact.memberId()));
        }
    }

    /**
     * A fact with the profile of a member it counts for (null when it names none or one whose profile is unknown)
     * and the cuts it counts in.
     */
    private record Noted(Fact fact, MemberDimensions member, long cuts) {
    }

    /** A member's profile and the cuts its figures count in. */
    private record Profile(MemberDimensions member, long cuts) {
    }

    /** The fact counted for the member: in ALL only when it names none or one whose profile is unknown. */
    private Noted noted(Fact fact, String memberId) {
        Profile profile = memberId == null ? null : profiles.get(memberId);
        return profile == null ? new Noted(fact, null, CutBits.ALL) : new Noted(fact, profile.member(), profile.cuts());
    }

    /** The cuts a member's figures count in: an unknown member's (or none) only in ALL. */
    private long cutsOf(String memberId) {
        Profile profile = memberId == null ? null : profiles.get(memberId);
        return profile == null ? CutBits.ALL : profile.cuts();
    }

    /**
     * Every cut numbered, so that the cuts a member falls into are one bit mask, worked out once per member: a cell
     * tests its cut with one bit operation per fact instead of comparing the member's profile per fact and cut
     * (that comparison was a third of the calculator's time once the events were no longer collected).
     */
    private static final class CutBits {

        private static final Map<Cut, Long> BITS = new HashMap<>();
        static final long ALL;

        static {
            List<Cut> every = Arrays.stream(KpiDimension.values()).flatMap(d -> Cut.allOf(d).stream()).toList();
            if (every.size() > Long.SIZE) {
                throw new IllegalStateException(every.size() + " cuts do not fit a mask of " + Long.SIZE + " bits");
            }
            for (int i = 0; i < every.size(); i++) {
                BITS.put(every.get(i), 1L << i);
            }
            ALL = BITS.get(Cut.ALL);
        }

        static long of(Cut cut) {
            return BITS.get(cut);
        }

        /** The cuts of {@link Cut#of}, the same that {@link Cut#includes} the member. */
        static long of(MemberDimensions member) {
            long bits = 0;
            for (Cut cut : Cut.of(member)) {
                bits |= of(cut);
            }
            return bits;
        }
    }

    /** A cell's figure with the events it was computed from, sorted: what the trace of a figure lists. */
    public KpiValue compute(Kpi kpi, Period period, Cut cut) {
        return compute(kpi, period, cut, Evidence.collected());
    }

    /**
     * A cell's figure (value and units, the same as {@link #compute}'s) without its events: for announcing and
     * gauges, which publish the figure only and need not collect and sort the ids behind each of many cells.
     */
    public KpiValue figure(Kpi kpi, Period period, Cut cut) {
        return compute(kpi, period, cut, Evidence.NOT_COLLECTED);
    }

    private KpiValue compute(Kpi kpi, Period period, Cut cut, Evidence ids) {
        Cell cell = new Cell(kpi, period, cut, CutBits.of(cut), ids);
        return switch (kpi) {
            case MEMBERS_JOINED -> count(cell, FactKind.MEMBER_JOINED);
            case MEMBERS_ENDED -> count(cell, FactKind.MEMBERSHIP_ENDED);
            case HR_SCANS_REQUESTED -> count(cell, FactKind.SCAN_REQUESTED);
            case HR_SCANS_COMPLETED -> count(cell, FactKind.SCAN_COMPLETED);
            case HR_SCANS_OVERDUE -> count(cell, FactKind.FOLLOW_UP_OVERDUE);
            case MEMBERS_ACTIVE -> active(cell, member -> true);
            case MEMBERS_FRONT_RUNNERS -> active(cell, MemberDimensions::frontRunner);
            case MEMBERS_SME_SHARE -> smeShare(cell);
            case HR_SCANS_FOLLOW_UP_ON_TIME -> followUpOnTime(cell);
            case HR_SCANS_AVERAGE_SCORE -> averageScore(cell);
            case SPRINTS_PROPOSED -> count(cell, FactKind.SPRINT_PROPOSED);
            case SPRINTS_COMPLETED -> count(cell, FactKind.SPRINT_COMPLETED);
            case SPRINTS_SESSIONS_HELD -> count(cell, FactKind.SPRINT_SESSION_HELD);
            case SPRINTS_RUNNING -> sprintsRunning(cell);
            case EVENTS_HELD -> gatherings(cell, FactKind.LABOUR_MARKET_EVENT_SCHEDULED);
            case GOVERNANCE_LABOUR_MARKET_MEETINGS -> gatherings(cell, FactKind.LABOUR_MARKET_MEETING_SCHEDULED);
            case GOVERNANCE_EDUCATION_MEETINGS -> gatherings(cell, FactKind.EDUCATION_MEETING_SCHEDULED);
            case WORK_VISITS -> gatherings(cell, FactKind.WORK_VISIT_SCHEDULED);
            case EVENTS_REGISTRATIONS -> count(cell, FactKind.REGISTRATION_CONFIRMED);
            case EVENTS_ATTENDANCE_RATE -> attendanceRate(cell);
            case SPRINTS_COMPANIES_REACHED -> companiesReached(cell);
            case EVENTS_SME_SHARE -> smeShareOfAttendees(cell);
            case EVENTS_MEMBERS_VIA_EVENTS -> membersViaEvents(cell);
            case GOVERNANCE_THEMES_HEARD -> themesHeard(cell);
            case POOLS_PEOPLE_OFFERED -> count(cell, FactKind.TALENT_OFFERED);
            case POOLS_REQUESTS -> count(cell, FactKind.TALENT_REQUESTED);
            case POOLS_POSITIONS_FILLED -> count(cell, FactKind.PLACEMENT_CONFIRMED);
            case POOLS_TIME_TO_MATCH -> timeToMatch(cell);
            case POOLS_CROSS_BORDER_PLACEMENTS -> crossBorderPlacements(cell);
            case PARTNERS_COURSES_ANNOUNCED -> partnerReports(cell, FactKind.COURSE_ANNOUNCED, false);
            case PARTNERS_WORK_TO_WORK_CASES -> partnerReports(cell, FactKind.WORK_TO_WORK_CASE_REPORTED, false);
            case PARTNERS_WORK_TO_WORK_WORKERS -> partnerReports(cell, FactKind.WORK_TO_WORK_CASE_REPORTED, true);
        };
    }

    /** The cell being computed and the events behind its figure, collected or not. */
    private record Cell(Kpi kpi, Period period, Cut cut, long cutBit, Evidence ids) {

        /** Whether figures counting in {@code cuts} count in this cell's cut. */
        boolean includes(long cuts) {
            return (cuts & cutBit) != 0;
        }

        boolean includes(Noted noted) {
            return includes(noted.cuts());
        }

        KpiValue value(double value, long units) {
            return new KpiValue(kpi, period, cut, value, units, ids.sorted());
        }

        /** For figures whose events can be named twice (a request behind two placements). */
        KpiValue valueOfDistinct(double value, long units) {
            return new KpiValue(kpi, period, cut, value, units, ids.distinctSorted());
        }
    }

    /**
     * The event ids behind one figure. Sorting them dominated the announcer's refresh, which publishes the figure
     * only: {@link #NOT_COLLECTED} lets the same computation skip them, so both ways give the same figure.
     */
    private static final class Evidence {

        static final Evidence NOT_COLLECTED = new Evidence(null);

        private final List<String> ids;

        private Evidence(List<String> ids) {
            this.ids = ids;
        }

        static Evidence collected() {
            return new Evidence(new ArrayList<>());
        }

        void add(Fact fact) {
            if (ids != null) {
                ids.add(fact.eventId());
            }
        }

        void addAll(Collection<String> eventIds) {
            if (ids != null) {
                ids.addAll(eventIds);
            }
        }

        List<String> sorted() {
            return ids == null ? List.of() : ids.stream().sorted().toList();
        }

        List<String> distinctSorted() {
            return ids == null ? List.of() : ids.stream().distinct().sorted().toList();
        }
    }

    private KpiValue count(Cell cell, FactKind kind) {
        long count = 0;
        for (Noted noted : inPeriod(kind, cell.period())) {
            if (cell.includes(noted)) {
                count++;
                cell.ids().add(noted.fact());
            }
        }
        return cell.value(count, count);
    }

    private KpiValue active(Cell cell, Predicate<MemberDimensions> which) {
        long count = 0;
        for (Noted deciding : activeAt(cell.period().end())) {
            if (cell.includes(deciding) && which.test(deciding.member())) {
                count++;
                cell.ids().add(deciding.fact());
            }
        }
        return cell.value(count, count);
    }

    private KpiValue smeShare(Cell cell) {
        long active = 0;
        long sme = 0;
        for (Noted deciding : activeAt(cell.period().end())) {
            if (cell.includes(deciding)) {
                active++;
                if (deciding.member().sizeClass() == SizeClass.SME) {
                    sme++;
                }
                cell.ids().add(deciding.fact());
            }
        }
        double share = active == 0 ? 0 : round(100.0 * sme / active);
        return cell.value(share, active);
    }

    /**
     * The joinings and reinstatements that make members active on {@code day}, of members whose profile is known
     * (cuts need it): per member, the last membership fact up to that day decides. Once per day, not once per cell.
     */
    private List<Noted> activeAt(LocalDate day) {
        return activeByDay.computeIfAbsent(day, end -> {
            Map<String, Fact> last = new HashMap<>();
            Comparator<Fact> order = Comparator.comparing(Fact::on).thenComparingLong(Fact::sequence)
                    .thenComparing(Fact::eventId);
            for (Fact fact : membershipFacts()) {
                if (!fact.on().isAfter(end) && fact.memberId() != null) {
                    last.merge(fact.memberId(), fact, (a, b) -> order.compare(a, b) >= 0 ? a : b);
                }
            }
            List<Noted> active = new ArrayList<>();
            for (Fact fact : last.values()) {
                MemberDimensions member = member(fact.memberId());
                boolean activating = fact.kind() == FactKind.MEMBER_JOINED || fact.kind() == FactKind.MEMBERSHIP_REINSTATED;
                if (activating && member != null) {
                    active.add(noted(fact, fact.memberId()));
                }
            }
            return active;
        });
    }

    /**
     * Sprints started by the end of the period and not ended (completed or cancelled) by then; traced to their
     * starts. Sprints name no single member, so only the uncut figure counts them.
     */
    private KpiValue sprintsRunning(Cell cell) {
        long count = 0;
        for (Noted start : runningAt(cell.period().end())) {
            if (cell.includes(start)) {
                count++;
                cell.ids().add(start.fact());
            }
        }
        return cell.value(count, count);
    }

    /** The starts of the sprints running on {@code day}: once per day, not once per cell. */
    private List<Noted> runningAt(LocalDate day) {
        return runningByDay.computeIfAbsent(day, end -> {
            Map<String, Fact> started = new HashMap<>();
            Set<String> ended = new HashSet<>();
            Comparator<Fact> earliest = Comparator.comparing(Fact::on).thenComparing(Fact::eventId);
            for (Fact fact : kinds(FactKind.SPRINT_STARTED, FactKind.SPRINT_COMPLETED, FactKind.SPRINT_CANCELLED)) {
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
                    running.add(noted(start, start.memberId()));
                }
            });
            return running;
        });
    }

    /**
     * Gatherings of one category whose current start day (the last schedule or reschedule, by sequence) lies in
     * the period and that are not cancelled; traced to their scheduling and rescheduling events. Gatherings name
     * no single member, so only the uncut figure counts them.
     */
    private KpiValue gatherings(Cell cell, FactKind category) {
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
            for (Fact fact : kinds(category, FactKind.GATHERING_RESCHEDULED, FactKind.GATHERING_CANCELLED)) {
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

    /** Attended of all attendance recorded in the period (attended or no-show), in per cent. */
    private KpiValue attendanceRate(Cell cell) {
        long recorded = 0;
        long attended = 0;
        for (FactKind kind : List.of(FactKind.ATTENDED, FactKind.NO_SHOW)) {
            for (Noted noted : inPeriod(kind, cell.period())) {
                if (cell.includes(noted)) {
                    recorded++;
                    attended += kind == FactKind.ATTENDED ? 1 : 0;
                    cell.ids().add(noted.fact());
                }
            }
        }
        double rate = recorded == 0 ? 0 : round(100.0 * attended / recorded);
        return cell.value(rate, recorded);
    }

    private KpiValue followUpOnTime(Cell cell) {
        long scans = 0;
        for (Joined onTime : followedUpOnTimeIn(cell.period())) {
            if (cell.includes(onTime.counted())) {
                scans++;
                cell.ids().add(onTime.counted().fact());
                cell.ids().add(onTime.with());
            }
        }
        return cell.value(scans, scans);
    }

    /** The scans completed in the period that were followed up on time, each with its first such follow-up. */
    private List<Joined> followedUpOnTimeIn(Period period) {
        return followedUpByPeriod.computeIfAbsent(period, p -> {
            List<Joined> onTime = new ArrayList<>();
            for (Noted completed : inPeriod(FactKind.SCAN_COMPLETED, p)) {
                firstFollowUpOnTime(completed.fact()).ifPresent(held -> onTime.add(new Joined(completed, held)));
            }
            return onTime;
        });
    }

    /** The first follow-up held of a completed scan on or before its due day, if any. */
    private Optional<Fact> firstFollowUpOnTime(Fact completed) {
        if (followUpsByScan == null) {
            followUpsByScan = new HashMap<>();
            for (Fact held : of(FactKind.FOLLOW_UP_HELD)) {
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
    private KpiValue averageScore(Cell cell) {
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
        double mean = scans == 0 ? 0 : round(sum / scans);
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
            for (Noted completed : byKindAndMonth.getOrDefault(FactKind.SCAN_COMPLETED, Map.of()).getOrDefault(m, List.of())) {
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

    /** The facts of a kind in the period's months, each with its member. */
    private List<Noted> inPeriod(FactKind kind, Period period) {
        Map<YearMonth, List<Noted>> months = byKindAndMonth.getOrDefault(kind, Map.of());
        List<YearMonth> periodMonths = period.months();
        if (periodMonths.size() == 1) {
            return months.getOrDefault(periodMonths.get(0), List.of());
        }
        return byKindAndPeriod.computeIfAbsent(new KindInPeriod(kind, period), key -> {
            List<Noted> all = new ArrayList<>();
            for (YearMonth month : periodMonths) {
                all.addAll(months.getOrDefault(month, List.of()));
            }
            return all;
        });
    }

    private record KindInPeriod(FactKind kind, Period period) {
    }

    private List<Fact> of(FactKind kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    private List<Fact> membershipFacts() {
        return kinds(FactKind.MEMBER_JOINED, FactKind.MEMBERSHIP_SUSPENDED, FactKind.MEMBERSHIP_REINSTATED,
                FactKind.MEMBERSHIP_ENDED);
    }

    private List<Fact> kinds(FactKind... kinds) {
        List<Fact> all = new ArrayList<>();
        for (FactKind kind : kinds) {
            all.addAll(of(kind));
        }
        return all;
    }

    private MemberDimensions member(String memberId) {
        return memberId == null ? null : members.get(memberId);
    }

    /**
     * Distinct members in a sprint's cohort in the period: the cohort a sprint started with (on its start day)
     * and members joining a sprint later (on their joining day); each member traced to its first such event.
     */
    private KpiValue companiesReached(Cell cell) {
        long reached = 0;
        for (Noted first : reachedIn(cell.period())) {
            if (cell.includes(first)) {
                reached++;
                cell.ids().add(first.fact());
            }
        }
        return cell.valueOfDistinct(reached, reached);
    }

    /** Per member reached in the period, its first sprint event (cut by that member): once per period, not per cut. */
    private List<Noted> reachedIn(Period period) {
        return reachedByPeriod.computeIfAbsent(period, p -> {
            Map<String, Fact> firstByMember = new HashMap<>();
            Comparator<Fact> order = Comparator.comparing(Fact::on).thenComparing(Fact::eventId);
            for (Noted started : inPeriod(FactKind.SPRINT_STARTED, p)) {
                started.fact().cohort().forEach(m -> firstByMember.merge(m, started.fact(),
                        (a, b) -> order.compare(a, b) <= 0 ? a : b));
            }
            for (Noted joined : inPeriod(FactKind.COMPANY_JOINED_SPRINT, p)) {
                if (joined.fact().memberId() != null) {
                    firstByMember.merge(joined.fact().memberId(), joined.fact(),
                            (a, b) -> order.compare(a, b) <= 0 ? a : b);
                }
            }
            List<Noted> reached = new ArrayList<>();
            firstByMember.forEach((member, first) -> reached.add(noted(first, member)));
            return reached;
        });
    }

    /** The registration facts by registration id: attendance names the registration, not the member. */
    private Map<String, Fact> registrations() {
        if (registrations != null) {
            return registrations;
        }
        registrations = new HashMap<>();
        for (Fact fact : kinds(FactKind.REGISTRATION_CONFIRMED, FactKind.REGISTRATION_WAITLISTED)) {
            if (fact.ref() != null && fact.memberId() != null) {
                registrations.putIfAbsent(fact.ref(), fact);
            }
        }
        return registrations;
    }

    /**
     * Of the attendees in the period who came for a known member (guests have none), the share whose member is
     * an SME; cut by the attendee's member. Traced to the attendance and the registration naming the member.
     */
    private KpiValue smeShareOfAttendees(Cell cell) {
        long attendees = 0;
        long sme = 0;
        for (Attendee attendee : attendeesIn(cell.period())) {
            if (!cell.includes(attendee.cuts())) {
                continue;
            }
            attendees++;
            if (attendee.member().sizeClass() == SizeClass.SME) {
                sme++;
            }
            cell.ids().add(attendee.attended());
            cell.ids().add(attendee.registration());
        }
        double share = attendees == 0 ? 0 : round(100.0 * sme / attendees);
        return cell.valueOfDistinct(share, attendees);
    }

    /** An attendance for a known member, with the registration that names the member. */
    private record Attendee(Fact attended, Fact registration, MemberDimensions member, long cuts) {
    }

    /** The attendances in the period for known members: once per period, not once per cut. */
    private List<Attendee> attendeesIn(Period period) {
        return attendeesByPeriod.computeIfAbsent(period, p -> {
            Map<String, Fact> registrations = registrations();
            List<Attendee> attendees = new ArrayList<>();
            for (Noted attended : inPeriod(FactKind.ATTENDED, p)) {
                String ref = attended.fact().ref();
                Fact registration = ref == null ? null : registrations.get(ref);
                MemberDimensions member = registration == null ? null : member(registration.memberId());
                if (member != null) {
                    attendees.add(new Attendee(attended.fact(), registration, member, cutsOf(registration.memberId())));
                }
            }
            return attendees;
        });
    }

    /**
     * Members joining in the period that came through an event: their joining names an event as first contact,
     * or someone came for them to a labour-market event before they joined or within {@value #VIA_EVENT_DAYS}
     * days after (an event often tips the decision that the paperwork follows). Counted once per member.
     */
    private KpiValue membersViaEvents(Cell cell) {
        long count = 0;
        for (CameThroughEvent came : cameThroughEventsIn(cell.period()).values()) {
            if (cell.includes(came.cuts())) {
                count++;
                cell.ids().addAll(came.tracedTo());
            }
        }
        return cell.valueOfDistinct(count, count);
    }

    /** A member that joined through an event, traced to its joining and, if any, the attendance and registration. */
    private record CameThroughEvent(long cuts, List<String> tracedTo) {
    }

    /**
     * The members that joined in the period through an event, each traced by its earliest joining that qualifies
     * (by day, then event id: the same whatever order the facts came in). A member's cut does not change which one
     * that is, so once per period, not once per cut.
     */
    private Map<String, CameThroughEvent> cameThroughEventsIn(Period period) {
        return viaEventsByPeriod.computeIfAbsent(period, p -> {
            Map<String, List<Fact[]>> attendanceByMember = labourMarketAttendanceByMember();
            Map<String, CameThroughEvent> came = new TreeMap<>();
            List<Noted> joinings = new ArrayList<>(inPeriod(FactKind.MEMBER_JOINED, p));
            joinings.sort(Comparator.comparing((Noted noted) -> noted.fact().on()).thenComparing(noted -> noted.fact().eventId()));
            for (Noted noted : joinings) {
                Fact joined = noted.fact();
                if (came.containsKey(joined.memberId())) {
                    continue;
                }
                if ("EVENT".equals(joined.firstContact())) {
                    came.put(joined.memberId(), new CameThroughEvent(noted.cuts(), List.of(joined.eventId())));
                    continue;
                }
                attendanceByMember.getOrDefault(joined.memberId(), List.of()).stream()
                        .filter(pair -> !pair[0].on().isAfter(joined.on().plusDays(VIA_EVENT_DAYS)))
                        .min(Comparator.comparing((Fact[] pair) -> pair[0].on()).thenComparing(pair -> pair[0].eventId()))
                        .ifPresent(pair -> came.put(joined.memberId(), new CameThroughEvent(noted.cuts(),
                                List.of(joined.eventId(), pair[0].eventId(), pair[1].eventId()))));
            }
            return came;
        });
    }

    /** Per member: its attendances at labour-market events, each with the registration that names the member. */
    private Map<String, List<Fact[]>> labourMarketAttendanceByMember() {
        if (labourMarketAttendance != null) {
            return labourMarketAttendance;
        }
        Set<String> labourMarketEvents = new HashSet<>();
        of(FactKind.LABOUR_MARKET_EVENT_SCHEDULED).forEach(f -> labourMarketEvents.add(f.subject()));
        Map<String, Fact> registrations = registrations();
        labourMarketAttendance = new HashMap<>();
        for (Fact attended : of(FactKind.ATTENDED)) {
            Fact registration = attended.ref() == null ? null : registrations.get(attended.ref());
            if (registration != null && labourMarketEvents.contains(attended.subject())) {
                labourMarketAttendance.computeIfAbsent(registration.memberId(), m -> new ArrayList<>())
                        .add(new Fact[] {attended, registration});
            }
        }
        return labourMarketAttendance;
    }

    /**
     * Themes and challenges heard on work visits in the period. Per action line: the items of that line, whoever
     * was visited; per other dimension: the items heard at visited members of that cut.
     */
    private KpiValue themesHeard(Cell cell) {
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
            for (Noted reported : inPeriod(FactKind.WORK_VISIT_REPORTED, p)) {
                long[] byActionLine = new long[ActionLine.values().length];
                for (HeardTheme heard : reported.fact().heard()) {
                    heard.actionLines().stream().distinct().forEach(line -> byActionLine[line.ordinal()]++);
                }
                visits.add(new Visit(reported, byActionLine));
            }
            return visits;
        });
    }

    /** How often a theme was heard on a work visit. */
    public record ThemeCount(String theme, long count, List<String> eventIds) {
    }

    /**
     * The themes heard on work visits in the period, counted per tag (an item with several tags counts under
     * each), most heard first; cut like {@link Kpi#GOVERNANCE_THEMES_HEARD}.
     */
    public List<ThemeCount> themes(Period period, Cut cut) {
        Map<String, List<String>> idsByTheme = new TreeMap<>();
        for (Fact visit : of(FactKind.WORK_VISIT_REPORTED)) {
            if (!period.contains(visit.on())
                    || (cut.dimension() != KpiDimension.ACTION_LINE && !cut.includes(member(visit.memberId())))) {
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

    /** Mean days from a request to each of its placements confirmed in the period; traced to both events. */
    private KpiValue timeToMatch(Cell cell) {
        long placements = 0;
        long days = 0;
        for (Joined match : matchesIn(cell.period())) {
            if (!cell.includes(match.counted())) {
                continue;
            }
            placements++;
            days += java.time.temporal.ChronoUnit.DAYS.between(match.with().on(), match.counted().fact().on());
            cell.ids().add(match.counted().fact());
            cell.ids().add(match.with());
        }
        double mean = placements == 0 ? 0 : round((double) days / placements);
        return cell.valueOfDistinct(mean, placements);
    }

    /**
     * A counted fact joined to the other event it is traced with: a placement to its request or to the offer of the
     * person placed, a completed scan to its follow-up on time. Joined once per period: no cut changes the join.
     */
    private record Joined(Noted counted, Fact with) {
    }

    /** The placements in the period whose request is known, with it: once per period, not once per cut. */
    private List<Joined> matchesIn(Period period) {
        if (requests == null) {
            requests = new HashMap<>();
            of(FactKind.TALENT_REQUESTED).forEach(f -> requests.putIfAbsent(f.subject(), f));
        }
        return matchesByPeriod.computeIfAbsent(period, p -> {
            List<Joined> matches = new ArrayList<>();
            for (Noted placement : inPeriod(FactKind.PLACEMENT_CONFIRMED, p)) {
                Fact request = requests.get(placement.fact().subject());
                if (request != null) {
                    matches.add(new Joined(placement, request));
                }
            }
            return matches;
        });
    }

    /**
     * Placements in the period where the requesting member and the member that offered the person lie on
     * different sides of the border (one of them in the region {@code CROSS_BORDER}). The offer behind a
     * placement is the person's last offer on or before the placement day; a person offered by a partner that is
     * no member (e.g. UWV) is not counted, its side of the border is unknown.
     */
    private KpiValue crossBorderPlacements(Cell cell) {
        long placements = 0;
        for (Joined match : crossBorderIn(cell.period())) {
            if (cell.includes(match.counted())) {
                placements++;
                cell.ids().add(match.counted().fact());
                cell.ids().add(match.with());
            }
        }
        return cell.valueOfDistinct(placements, placements);
    }

    /** The placements in the period that crossed the border, with the offer behind each: once per period. */
    private List<Joined> crossBorderIn(Period period) {
        if (offersByPerson == null) {
            offersByPerson = new HashMap<>();
            of(FactKind.TALENT_OFFERED).forEach(f -> offersByPerson.computeIfAbsent(f.ref(), p -> new ArrayList<>()).add(f));
        }
        return crossBorderByPeriod.computeIfAbsent(period, p -> {
            List<Joined> crossed = new ArrayList<>();
            for (Noted placement : inPeriod(FactKind.PLACEMENT_CONFIRMED, p)) {
                MemberDimensions requesting = placement.member();
                if (requesting == null) {
                    continue;
                }
                Optional<Fact> offer = offersByPerson.getOrDefault(placement.fact().ref(), List.of()).stream()
                        .filter(o -> !o.on().isAfter(placement.fact().on()))
                        .max(Comparator.comparing(Fact::on).thenComparingLong(Fact::sequence).thenComparing(Fact::eventId));
                MemberDimensions offering = offer.map(o -> member(o.memberId())).orElse(null);
                if (offering != null && crossBorder(requesting) != crossBorder(offering)) {
                    crossed.add(new Joined(placement, offer.get()));
                }
            }
            return crossed;
        });
    }

    /** Partners' reports in the period, cut by their own place; counted, or their quantities summed. */
    private KpiValue partnerReports(Cell cell, FactKind kind, boolean sumQuantities) {
        long value = 0;
        for (Noted noted : inPeriod(kind, cell.period())) {
            Fact report = noted.fact();
            if (report.place() != null && cell.cut().includesPlace(report.place())) {
                value += sumQuantities ? report.quantity() : 1;
                cell.ids().add(report);
            }
        }
        return cell.value(value, value);
    }

    private static boolean crossBorder(MemberDimensions member) {
        return member.region() == nl.talentcharter.contracts.vocabulary.Region.CROSS_BORDER;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
