package nl.talentcharter.monitoring.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.talentcharter.contracts.monitoring.KpiDimension;
import nl.talentcharter.contracts.vocabulary.SizeClass;

/**
 * Computes KPI cells from facts, deterministically: the same facts give the same figures, whatever order
 * they arrived in, which is what makes a rebuild from the topics trustworthy. Members' figures are cut by
 * their current profile.
 */
public final class KpiCalculator {

    /** How long after joining an event attended still counts as the way a member came in. */
    public static final int VIA_EVENT_DAYS = 30;

    private final Collection<Fact> facts;
    private final Map<String, MemberDimensions> members;
    // joins built once per calculator (one computation covers many cells), not once per cell
    private Map<String, Fact> registrations;
    private Map<String, Fact> requests;
    private Map<String, List<Fact>> offersByPerson;
    private Map<String, List<Fact[]>> labourMarketAttendance;
    /** The facts per kind, read once: most figures need one or two kinds. */
    private final Map<FactKind, List<Fact>> byKind = new java.util.EnumMap<>(FactKind.class);
    private final Map<java.time.LocalDate, List<Fact>> activeByDay = new HashMap<>();
    /** The facts per kind and month: a cell of a month or quarter reads only its own months' facts. */
    private final Map<FactKind, Map<java.time.YearMonth, List<Fact>>> byKindAndMonth = new java.util.EnumMap<>(FactKind.class);

    public KpiCalculator(Collection<Fact> facts, Map<String, MemberDimensions> members) {
        this.facts = facts;
        this.members = members;
        for (Fact fact : facts) {
            byKind.computeIfAbsent(fact.kind(), k -> new ArrayList<>()).add(fact);
            byKindAndMonth.computeIfAbsent(fact.kind(), k -> new HashMap<>())
                    .computeIfAbsent(java.time.YearMonth.from(fact.on()), m -> new ArrayList<>()).add(fact);
        }
    }

    private List<Fact> of(FactKind kind) {
        return byKind.getOrDefault(kind, List.of());
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
            case SPRINTS_COMPANIES_REACHED -> companiesReached(kpi, period, cut);
            case EVENTS_SME_SHARE -> smeShareOfAttendees(kpi, period, cut);
            case EVENTS_MEMBERS_VIA_EVENTS -> membersViaEvents(kpi, period, cut);
            case GOVERNANCE_THEMES_HEARD -> themesHeard(kpi, period, cut);
            case POOLS_PEOPLE_OFFERED -> count(kpi, period, cut, FactKind.TALENT_OFFERED);
            case POOLS_REQUESTS -> count(kpi, period, cut, FactKind.TALENT_REQUESTED);
            case POOLS_POSITIONS_FILLED -> count(kpi, period, cut, FactKind.PLACEMENT_CONFIRMED);
            case POOLS_TIME_TO_MATCH -> timeToMatch(kpi, period, cut);
            case POOLS_CROSS_BORDER_PLACEMENTS -> crossBorderPlacements(kpi, period, cut);
            case PARTNERS_COURSES_ANNOUNCED -> partnerReports(kpi, period, cut, FactKind.COURSE_ANNOUNCED, false);
            case PARTNERS_WORK_TO_WORK_CASES -> partnerReports(kpi, period, cut, FactKind.WORK_TO_WORK_CASE_REPORTED, false);
            case PARTNERS_WORK_TO_WORK_WORKERS -> partnerReports(kpi, period, cut, FactKind.WORK_TO_WORK_CASE_REPORTED, true);
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
        return activeAt(period.end()).stream()
                .filter(f -> members.containsKey(f.memberId()) && cut.includes(members.get(f.memberId())))
                .toList();
    }

    /** The joinings and reinstatements that make members active on {@code day}: once per day, not once per cell. */
    private List<Fact> activeAt(java.time.LocalDate day) {
        return activeByDay.computeIfAbsent(day, end -> {
            Map<String, Fact> last = new HashMap<>();
            Comparator<Fact> order = Comparator.comparing(Fact::on).thenComparingLong(Fact::sequence);
            for (Fact fact : membershipFacts()) {
                if (!fact.on().isAfter(end) && fact.memberId() != null) {
                    last.merge(fact.memberId(), fact, (a, b) -> order.compare(a, b) >= 0 ? a : b);
                }
            }
            return last.values().stream()
                    .filter(f -> f.kind() == FactKind.MEMBER_JOINED || f.kind() == FactKind.MEMBERSHIP_REINSTATED)
                    .toList();
        });
    }

    /**
     * Sprints started by the end of the period and not ended (completed or cancelled) by then; traced to their
     * starts. Sprints name no single member, so only the uncut figure counts them.
     */
    private KpiValue sprintsRunning(Kpi kpi, Period period, Cut cut) {
        Map<String, Fact> started = new HashMap<>();
        java.util.Set<String> ended = new java.util.HashSet<>();
        for (Fact fact : kinds(FactKind.SPRINT_STARTED, FactKind.SPRINT_COMPLETED, FactKind.SPRINT_CANCELLED)) {
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
        kinds(category, FactKind.GATHERING_RESCHEDULED, FactKind.GATHERING_CANCELLED).stream()
                .filter(f -> f.subject() != null)
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
        of(FactKind.FOLLOW_UP_HELD).stream().filter(f -> f.scanId() != null)
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
        Map<java.time.YearMonth, List<Fact>> months = byKindAndMonth.getOrDefault(kind, Map.of());
        return period.months().stream().flatMap(month -> months.getOrDefault(month, List.of()).stream())
                .filter(f -> cut.includes(f.memberId() == null ? null : members.get(f.memberId())));
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
    private KpiValue companiesReached(Kpi kpi, Period period, Cut cut) {
        Map<String, Fact> firstByMember = new HashMap<>();
        Comparator<Fact> order = Comparator.comparing(Fact::on).thenComparing(Fact::eventId);
        for (Fact started : of(FactKind.SPRINT_STARTED)) {
            if (period.contains(started.on())) {
                started.cohort().forEach(m -> firstByMember.merge(m, started, (a, b) -> order.compare(a, b) <= 0 ? a : b));
            }
        }
        for (Fact joined : of(FactKind.COMPANY_JOINED_SPRINT)) {
            if (period.contains(joined.on()) && joined.memberId() != null) {
                firstByMember.merge(joined.memberId(), joined, (a, b) -> order.compare(a, b) <= 0 ? a : b);
            }
        }
        List<Map.Entry<String, Fact>> reached = firstByMember.entrySet().stream()
                .filter(e -> cut.includes(member(e.getKey()))).toList();
        List<String> ids = reached.stream().map(e -> e.getValue().eventId()).distinct().sorted().toList();
        return new KpiValue(kpi, period, cut, reached.size(), reached.size(), ids);
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
    private KpiValue smeShareOfAttendees(Kpi kpi, Period period, Cut cut) {
        Map<String, Fact> registrations = registrations();
        List<String> ids = new ArrayList<>();
        long attendees = 0;
        long sme = 0;
        for (Fact attended : inPeriod(FactKind.ATTENDED, period, Cut.ALL).toList()) {
            Fact registration = attended.ref() == null ? null : registrations.get(attended.ref());
            MemberDimensions member = registration == null ? null : member(registration.memberId());
            if (member == null || !cut.includes(member)) {
                continue;
            }
            attendees++;
            if (member.sizeClass() == SizeClass.SME) {
                sme++;
            }
            ids.add(attended.eventId());
            ids.add(registration.eventId());
        }
        double share = attendees == 0 ? 0 : round(100.0 * sme / attendees);
        return new KpiValue(kpi, period, cut, share, attendees, ids.stream().distinct().sorted().toList());
    }

    /**
     * Members joining in the period that came through an event: their joining names an event as first contact,
     * or someone came for them to a labour-market event before they joined or within {@value #VIA_EVENT_DAYS}
     * days after (an event often tips the decision that the paperwork follows). Counted once per member.
     */
    private KpiValue membersViaEvents(Kpi kpi, Period period, Cut cut) {
        Map<String, List<Fact[]>> attendanceByMember = labourMarketAttendanceByMember();
        Map<String, List<String>> tracedByMember = new java.util.TreeMap<>();
        for (Fact joined : of(FactKind.MEMBER_JOINED)) {
            if (!period.contains(joined.on()) || !cut.includes(member(joined.memberId()))
                    || tracedByMember.containsKey(joined.memberId())) {
                continue;
            }
            if ("EVENT".equals(joined.firstContact())) {
                tracedByMember.put(joined.memberId(), List.of(joined.eventId()));
                continue;
            }
            attendanceByMember.getOrDefault(joined.memberId(), List.of()).stream()
                    .filter(pair -> !pair[0].on().isAfter(joined.on().plusDays(VIA_EVENT_DAYS)))
                    .min(Comparator.comparing((Fact[] pair) -> pair[0].on()).thenComparing(pair -> pair[0].eventId()))
                    .ifPresent(pair -> tracedByMember.put(joined.memberId(),
                            List.of(joined.eventId(), pair[0].eventId(), pair[1].eventId())));
        }
        List<String> ids = tracedByMember.values().stream().flatMap(List::stream).distinct().sorted().toList();
        return new KpiValue(kpi, period, cut, tracedByMember.size(), tracedByMember.size(), ids);
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
    private KpiValue themesHeard(Kpi kpi, Period period, Cut cut) {
        List<String> ids = new ArrayList<>();
        long items = 0;
        for (Fact visit : of(FactKind.WORK_VISIT_REPORTED)) {
            if (!period.contains(visit.on())) {
                continue;
            }
            long counted;
            if (cut.dimension() == KpiDimension.ACTION_LINE) {
                counted = visit.heard().stream()
                        .filter(h -> h.actionLines().stream().anyMatch(line -> line.name().equals(cut.value()))).count();
            } else {
                counted = cut.includes(member(visit.memberId())) ? visit.heard().size() : 0;
            }
            if (counted > 0) {
                items += counted;
                ids.add(visit.eventId());
            }
        }
        return new KpiValue(kpi, period, cut, items, items, ids.stream().sorted().toList());
    }

    /** How often a theme was heard on a work visit. */
    public record ThemeCount(String theme, long count, List<String> eventIds) {
    }

    /**
     * The themes heard on work visits in the period, counted per tag (an item with several tags counts under
     * each), most heard first; cut like {@link Kpi#GOVERNANCE_THEMES_HEARD}.
     */
    public List<ThemeCount> themes(Period period, Cut cut) {
        Map<String, List<String>> idsByTheme = new java.util.TreeMap<>();
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

    /** Placements confirmed in the period, cut by the requesting member. */
    private List<Fact> placements(Period period, Cut cut) {
        return inPeriod(FactKind.PLACEMENT_CONFIRMED, period, cut).toList();
    }

    /** Mean days from a request to each of its placements confirmed in the period; traced to both events. */
    private KpiValue timeToMatch(Kpi kpi, Period period, Cut cut) {
        if (requests == null) {
            requests = new HashMap<>();
            of(FactKind.TALENT_REQUESTED).forEach(f -> requests.putIfAbsent(f.subject(), f));
        }
        List<String> ids = new ArrayList<>();
        long placements = 0;
        long days = 0;
        for (Fact placement : placements(period, cut)) {
            Fact request = requests.get(placement.subject());
            if (request == null) {
                continue;
            }
            placements++;
            days += java.time.temporal.ChronoUnit.DAYS.between(request.on(), placement.on());
            ids.add(placement.eventId());
            ids.add(request.eventId());
        }
        double mean = placements == 0 ? 0 : round((double) days / placements);
        return new KpiValue(kpi, period, cut, mean, placements, ids.stream().distinct().sorted().toList());
    }

    /**
     * Placements in the period where the requesting member and the member that offered the person lie on
     * different sides of the border (one of them in the region {@code CROSS_BORDER}). The offer behind a
     * placement is the person's last offer on or before the placement day; a person offered by a partner that is
     * no member (e.g. UWV) is not counted, its side of the border is unknown.
     */
    private KpiValue crossBorderPlacements(Kpi kpi, Period period, Cut cut) {
        if (offersByPerson == null) {
            offersByPerson = new HashMap<>();
            of(FactKind.TALENT_OFFERED).forEach(f -> offersByPerson.computeIfAbsent(f.ref(), p -> new ArrayList<>()).add(f));
        }
        List<String> ids = new ArrayList<>();
        long placements = 0;
        for (Fact placement : placements(period, cut)) {
            MemberDimensions requesting = member(placement.memberId());
            Optional<Fact> offer = offersByPerson.getOrDefault(placement.ref(), List.of()).stream()
                    .filter(o -> !o.on().isAfter(placement.on()))
                    .max(Comparator.comparing(Fact::on).thenComparingLong(Fact::sequence));
            MemberDimensions offering = offer.map(o -> member(o.memberId())).orElse(null);
            if (requesting == null || offering == null || crossBorder(requesting) == crossBorder(offering)) {
                continue;
            }
            placements++;
            ids.add(placement.eventId());
            ids.add(offer.get().eventId());
        }
        return new KpiValue(kpi, period, cut, placements, placements, ids.stream().distinct().sorted().toList());
    }

    /** Partners' reports in the period, cut by their own place; counted, or their quantities summed. */
    private KpiValue partnerReports(Kpi kpi, Period period, Cut cut, FactKind kind, boolean sumQuantities) {
        List<Fact> reports = of(kind).stream()
                .filter(f -> period.contains(f.on()) && f.place() != null && cut.includesPlace(f.place())).toList();
        long value = sumQuantities ? reports.stream().mapToLong(Fact::quantity).sum() : reports.size();
        return new KpiValue(kpi, period, cut, value, value, reports.stream().map(Fact::eventId).sorted().toList());
    }

    private static boolean crossBorder(MemberDimensions member) {
        return member.region() == nl.talentcharter.contracts.vocabulary.Region.CROSS_BORDER;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
