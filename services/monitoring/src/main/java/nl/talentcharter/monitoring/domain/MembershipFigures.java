package nl.talentcharter.monitoring.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.talentcharter.contracts.vocabulary.SizeClass;

/**
 * The membership figures that depend on members' state at the end of a period (active members, front runners,
 * the SME share); a state is decided by membership facts of any earlier day (ADR 0124).
 */
final class MembershipFigures {

    private final FactIndex facts;
    private final Map<LocalDate, List<Noted>> activeByDay = new HashMap<>();

    MembershipFigures(FactIndex facts) {
        this.facts = facts;
    }

    KpiValue active(Cell cell, Predicate<MemberDimensions> which) {
        long count = 0;
        for (Noted deciding : activeAt(cell.period().end())) {
            if (cell.includes(deciding) && which.test(deciding.member())) {
                count++;
                cell.ids().add(deciding.fact());
            }
        }
        return cell.value(count, count);
    }

    KpiValue smeShare(Cell cell) {
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
        double share = active == 0 ? 0 : Cell.round(100.0 * sme / active);
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
            for (Fact fact : facts.membershipFacts()) {
                if (!fact.on().isAfter(end) && fact.memberId() != null) {
                    last.merge(fact.memberId(), fact, (a, b) -> order.compare(a, b) >= 0 ? a : b);
                }
            }
            List<Noted> active = new ArrayList<>();
            for (Fact fact : last.values()) {
                MemberDimensions member = facts.member(fact.memberId());
                boolean activating = fact.kind() == FactKind.MEMBER_JOINED || fact.kind() == FactKind.MEMBERSHIP_REINSTATED;
                if (activating && member != null) {
                    active.add(facts.noted(fact, fact.memberId()));
                }
            }
            return active;
        });
    }
}
