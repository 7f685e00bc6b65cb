package nl.talentcharter.monitoring.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which KPI cells newly recorded facts can move: the periods of the days they happened on and the cuts of the
 * members they name, and, for an attendance, also the cells of the member its registration names: the SME share of
 * attendees is cut by that member, and whether that member came in through an event is counted in the period it
 * joined, which may lie before the attendance ({@link KpiCalculator#VIA_EVENT_DAYS}).
 *
 * @param days          the days the facts happened on
 * @param memberIds     the members the facts name (a sprint's whole cohort included)
 * @param registrations the registrations attendances name
 */
public record CellsMoved(Set<LocalDate> days, Set<String> memberIds, Set<String> registrations) {

    /** Periods and cuts whose cells are to be refreshed. */
    public record Cells(Set<Period> periods, Set<Cut> cuts) {
    }

    public CellsMoved {
        days = Set.copyOf(days);
        memberIds = Set.copyOf(memberIds);
        registrations = Set.copyOf(registrations);
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
     * @param facts      the fact log, to find the members behind registrations and the days they joined
     * @param members    the members' current dimensions
     * @param periodsFor the periods a fact on a day can change (its own, and the current ones)
     */
    public Cells in(Collection<Fact> facts, Map<String, MemberDimensions> members,
            Function<LocalDate, List<Period>> periodsFor) {
        Set<Period> periods = new LinkedHashSet<>();
        Set<Cut> cuts = new LinkedHashSet<>();
        cuts.add(Cut.ALL);
        days.forEach(day -> periods.addAll(periodsFor.apply(day)));
        Set<String> named = new HashSet<>(memberIds);
        if (!registrations.isEmpty()) {
            Set<String> attendees = new HashSet<>();
            for (Fact fact : facts) {
                if ((fact.kind() == FactKind.REGISTRATION_CONFIRMED || fact.kind() == FactKind.REGISTRATION_WAITLISTED)
                        && fact.memberId() != null && registrations.contains(fact.ref())) {
                    attendees.add(fact.memberId());
                }
            }
            for (Fact fact : facts) {
                if (fact.kind() == FactKind.MEMBER_JOINED && attendees.contains(fact.memberId())) {
                    periods.addAll(periodsFor.apply(fact.on()));
                }
            }
            named.addAll(attendees);
        }
        named.stream().filter(members::containsKey).forEach(m -> cuts.addAll(Cut.of(members.get(m))));
        return new Cells(periods, cuts);
    }
}
