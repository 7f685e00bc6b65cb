package nl.talentcharter.monitoring.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.contracts.monitoring.KpiDimension;
import nl.talentcharter.contracts.monitoring.PeriodType;

/**
 * Which KPI cells newly recorded facts can move: the periods of the days they happened on and the cuts of the
 * members they name, and the cells of other periods and cuts their figures reach (ADR 0124):
 * <ul>
 * <li>a membership change moves the active members (and front-runners, SME share) at the end of every period from
 * its day to the current one; a sprint started, completed or cancelled likewise the sprints running;</li>
 * <li>a gathering scheduled, moved or cancelled moves the periods of every start day it had: a moved one leaves the
 * period it was in, a cancelled one (counted on the day it was cancelled) leaves the period it would have been
 * held in;</li>
 * <li>a follow-up held moves the period its scan was completed in (follow-up on time is counted there);</li>
 * <li>a labour-market event scheduled after attendances at it were recorded moves the periods their members joined
 * in (members who came through an event);</li>
 * <li>an attendance moves the cells of the member its registration names (the SME share of attendees is cut by
 * that member, and whether that member came in through an event is counted in the period it joined, which may lie
 * before the attendance, {@link KpiCalculator#VIA_EVENT_DAYS}); a registration recorded after its attendance moves
 * the same, and the attendance's period;</li>
 * <li>a request moves the periods its placements were confirmed in (time to match), an offer those of the
 * person's placements on or after it (cross-border placements), both cut by the requesting member;</li>
 * <li>a member's changed profile moves every cut (its old ones are no longer known) of every period from its first
 * fact on: its figures are cut by its current profile;</li>
 * <li>a partner's report moves the cuts of the place it names.</li>
 * </ul>
 * The notes keep days, members and registrations, not the facts themselves: the facts on those days (of the members
 * named, where a fact names one) stand for the batch's. A few more cells refreshed for nothing cost less than a
 * note per fact, and a cell that did not change announces nothing.
 *
 * @param days          the days the facts happened on
 * @param memberIds     the members the facts name (a sprint's whole cohort included)
 * @param registrations the registrations attendances name
 */
public record CellsMoved(Set<LocalDate> days, Set<String> memberIds, Set<String> registrations) {

    private static final String PROFILE_CHANGED = MemberEvents.MEMBER_PROFILE_CHANGED.type();

    /** Periods and cuts whose cells are to be refreshed. */
    public record Cells(Set<Period> periods, Set<Cut> cuts) {
    }

    public CellsMoved {
        days = Set.copyOf(days);
        memberIds = Set.copyOf(memberIds);
        registrations = Set.copyOf(registrations);
    }

    /** What recorded facts can move: their days, the members they name, the registrations attendances name. */
    public static CellsMoved of(Collection<Fact> recorded) {
        Set<LocalDate> days = new HashSet<>();
        Set<String> memberIds = new HashSet<>();
        Set<String> registrations = new HashSet<>();
        for (Fact fact : recorded) {
            days.add(fact.on());
            if (fact.memberId() != null) {
                memberIds.add(fact.memberId());
            }
            // a sprint's start reaches its whole cohort: their cuts move too
            memberIds.addAll(fact.cohort());
            if ((fact.kind() == FactKind.ATTENDED || fact.kind() == FactKind.NO_SHOW) && fact.ref() != null) {
                registrations.add(fact.ref());
            }
        }
        return new CellsMoved(days, memberIds, registrations);
    }

    /** Everything several batches moved. */
    public static CellsMoved union(Collection<CellsMoved> moved) {
        Set<LocalDate> days = new HashSet<>();
        Set<String> memberIds = new HashSet<>();
        Set<String> registrations = new HashSet<>();
        for (CellsMoved m : moved) {
            days.addAll(m.days());
            memberIds.addAll(m.memberIds());
            registrations.addAll(m.registrations());
        }
        return new CellsMoved(days, memberIds, registrations);
    }

    /**
     * @param facts      the fact log: the batches' facts, and the earlier facts their figures join them with
     * @param members    the members' current dimensions
     * @param periodsFor the periods a fact on a day can change by its day alone: its own and the current ones
     */
    public Cells in(Collection<Fact> facts, Map<String, MemberDimensions> members,
            Function<LocalDate, List<Period>> periodsFor) {
        Reach reach = new Reach();
        for (Fact fact : facts) {
            if (days.contains(fact.on())) {
                reach.from(fact);
            }
        }
        Set<Period> periods = new LinkedHashSet<>();
        days.forEach(day -> periods.addAll(periodsFor.apply(day)));
        reach.sinceDays.forEach(day -> periods.addAll(since(day, periodsFor)));
        Set<String> named = new HashSet<>(memberIds);
        Set<String> attendees = new HashSet<>();
        // the members the batches' registrations name, by registration: attendees once an attendance names it
        Map<String, String> registering = new HashMap<>();
        // the days members joined on, only when an attendance may make them count as having come through an event
        boolean attendancesNamed = !registrations.isEmpty() || !reach.registrations.isEmpty()
                || !reach.labourMarketEvents.isEmpty();
        // the registrations of attendances at labour-market events scheduled in the batches
        Set<String> atLabourMarketEvents = new HashSet<>();
        // the registrations of members whose profile changed: their attendances are cut by that profile
        Set<String> ofReprofiled = new HashSet<>();
        Map<String, List<LocalDate>> joined = new HashMap<>();
        Map<String, LocalDate> firstFactOf = new HashMap<>();
        for (Fact fact : facts) {
            FactKind kind = fact.kind();
            if (attendancesNamed && kind == FactKind.MEMBER_JOINED && fact.memberId() != null) {
                joined.computeIfAbsent(fact.memberId(), m -> new ArrayList<>()).add(fact.on());
            }
            if ((kind.schedulesGathering() || kind == FactKind.GATHERING_RESCHEDULED)
                    && reach.gatherings.contains(fact.subject())) {
                periods.addAll(periodsFor.apply(fact.on()));
            } else if (kind == FactKind.SCAN_COMPLETED && fact.scanId() != null && reach.scans.contains(fact.scanId())) {
                periods.addAll(periodsFor.apply(fact.on()));
                if (fact.memberId() != null) {
                    named.add(fact.memberId());
                }
            } else if (kind == FactKind.PLACEMENT_CONFIRMED && placedFor(fact, reach)) {
                periods.addAll(periodsFor.apply(fact.on()));
                if (fact.memberId() != null) {
                    named.add(fact.memberId());
                }
            } else if ((kind == FactKind.REGISTRATION_CONFIRMED || kind == FactKind.REGISTRATION_WAITLISTED)
                    && fact.memberId() != null && fact.ref() != null) {
                if (registrations.contains(fact.ref())) {
                    attendees.add(fact.memberId());
                } else if (reach.registrations.contains(fact.ref())) {
                    registering.putIfAbsent(fact.ref(), fact.memberId());
                }
            }
            if (kind == FactKind.ATTENDED && fact.ref() != null && reach.labourMarketEvents.contains(fact.subject())) {
                atLabourMarketEvents.add(fact.ref());
            }
            if (isOf(fact, reach.reprofiled)) {
                periods.addAll(periodsFor.apply(fact.on()));
                if ((kind == FactKind.REGISTRATION_CONFIRMED || kind == FactKind.REGISTRATION_WAITLISTED)
                        && fact.ref() != null) {
                    ofReprofiled.add(fact.ref());
                }
                String member = fact.memberId() != null && reach.reprofiled.contains(fact.memberId()) ? fact.memberId()
                        : fact.cohort().stream().filter(reach.reprofiled::contains).findFirst().orElseThrow();
                firstFactOf.merge(member, fact.on(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        if (!registering.isEmpty() || !atLabourMarketEvents.isEmpty() || !ofReprofiled.isEmpty()) {
            for (Fact fact : facts) {
                if (fact.kind() == FactKind.ATTENDED && fact.ref() != null && registering.containsKey(fact.ref())) {
                    // a registration recorded after its attendance: that attendance now counts for its member
                    periods.addAll(periodsFor.apply(fact.on()));
                    attendees.add(registering.get(fact.ref()));
                } else if (fact.kind() == FactKind.ATTENDED && fact.ref() != null && ofReprofiled.contains(fact.ref())) {
                    periods.addAll(periodsFor.apply(fact.on()));
                } else if ((fact.kind() == FactKind.REGISTRATION_CONFIRMED
                        || fact.kind() == FactKind.REGISTRATION_WAITLISTED) && fact.memberId() != null
                        && atLabourMarketEvents.contains(fact.ref())) {
                    // an event known as a labour-market event only now: its attendees may have come in through it
                    attendees.add(fact.memberId());
                }
            }
        }
        attendees.forEach(member -> joined.getOrDefault(member, List.of())
                .forEach(day -> periods.addAll(periodsFor.apply(day))));
        firstFactOf.values().forEach(day -> periods.addAll(since(day, periodsFor)));
        named.addAll(attendees);

        Set<Cut> cuts = new LinkedHashSet<>();
        cuts.add(Cut.ALL);
        named.stream().filter(members::containsKey).forEach(m -> cuts.addAll(Cut.of(members.get(m))));
        cuts.addAll(reach.placeCuts);
        if (!reach.reprofiled.isEmpty()) {
            for (KpiDimension dimension : KpiDimension.values()) {
                cuts.addAll(Cut.allOf(dimension));
            }
        }
        return new Cells(periods, cuts);
    }

    /** A placement whose figures a recorded request or offer reaches. */
    private static boolean placedFor(Fact placement, Reach reach) {
        if (placement.subject() != null && reach.requests.contains(placement.subject())) {
            return true;
        }
        LocalDate offered = placement.ref() == null ? null : reach.offers.get(placement.ref());
        return offered != null && !placement.on().isBefore(offered);
    }

    private static boolean isOf(Fact fact, Set<String> members) {
        if (members.isEmpty()) {
            return false;
        }
        return (fact.memberId() != null && members.contains(fact.memberId()))
                || fact.cohort().stream().anyMatch(members::contains);
    }

    /**
     * The periods from a day to the current ones, for figures taken at a period's end: a fact on that day changes
     * every period ending after it. A day not reached yet moves only its own periods now; those after it are
     * refreshed by facts of their own days and as the current ones.
     */
    private static Set<Period> since(LocalDate day, Function<LocalDate, List<Period>> periodsFor) {
        List<Period> own = periodsFor.apply(day);
        Set<Period> periods = new LinkedHashSet<>(own);
        YearMonth current = own.stream().filter(p -> p.type() == PeriodType.MONTH)
                .map(p -> YearMonth.of(p.year(), p.index())).max(YearMonth::compareTo).orElse(YearMonth.from(day));
        for (YearMonth month = YearMonth.from(day); month.isBefore(current); month = month.plusMonths(1)) {
            periods.addAll(Period.containing(month.atDay(1)));
        }
        return periods;
    }

    /** What the facts on the days named reach beyond their own days and members. */
    private final class Reach {

        /** Days of membership and sprint changes: every period ending after them moves. */
        final Set<LocalDate> sinceDays = new HashSet<>();
        final Set<String> gatherings = new HashSet<>();
        final Set<String> labourMarketEvents = new HashSet<>();
        final Set<String> scans = new HashSet<>();
        final Set<String> registrations = new HashSet<>();
        final Set<String> requests = new HashSet<>();
        /** Per person offered: the earliest day it was offered on. */
        final Map<String, LocalDate> offers = new HashMap<>();
        final Set<String> reprofiled = new HashSet<>();
        final Set<Cut> placeCuts = new LinkedHashSet<>();

        void from(Fact fact) {
            FactKind kind = fact.kind();
            boolean ofNamedMember = fact.memberId() != null && memberIds.contains(fact.memberId());
            if ((kind.changesMembership() && ofNamedMember) || kind == FactKind.SPRINT_STARTED || kind.endsSprint()) {
                sinceDays.add(fact.on());
            } else if ((kind.schedulesGathering() || kind == FactKind.GATHERING_RESCHEDULED
                    || kind == FactKind.GATHERING_CANCELLED) && fact.subject() != null) {
                gatherings.add(fact.subject());
                if (kind == FactKind.LABOUR_MARKET_EVENT_SCHEDULED) {
                    labourMarketEvents.add(fact.subject());
                }
            } else if (kind == FactKind.FOLLOW_UP_HELD && ofNamedMember && fact.scanId() != null) {
                scans.add(fact.scanId());
            } else if ((kind == FactKind.REGISTRATION_CONFIRMED || kind == FactKind.REGISTRATION_WAITLISTED)
                    && ofNamedMember && fact.ref() != null) {
                registrations.add(fact.ref());
            } else if (kind == FactKind.TALENT_REQUESTED && ofNamedMember && fact.subject() != null) {
                requests.add(fact.subject());
            } else if (kind == FactKind.TALENT_OFFERED && ofNamedMember && fact.ref() != null) {
                offers.merge(fact.ref(), fact.on(), (a, b) -> a.isBefore(b) ? a : b);
            } else if (kind == FactKind.OTHER && ofNamedMember && PROFILE_CHANGED.equals(fact.eventType())) {
                reprofiled.add(fact.memberId());
            }
            if (fact.place() != null) {
                placeCuts.add(new Cut(KpiDimension.REGION, fact.place().region().name()));
                placeCuts.add(new Cut(KpiDimension.SECTOR, fact.place().sector().name()));
                if (fact.place().sizeClass() != null) {
                    placeCuts.add(new Cut(KpiDimension.SIZE_CLASS, fact.place().sizeClass().name()));
                }
            }
        }
    }
}
