package nl.talentcharter.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import org.junit.jupiter.api.Test;

/** Figures that join two events (attendance to registration, placement to request and offer), in any order. */
class PoolAndReachFiguresTest {

    private final List<Fact> facts = new ArrayList<>();
    private final Map<String, MemberDimensions> members = Map.of(
            "nl", new MemberDimensions("nl", Region.ZUID_LIMBURG, Sector.CARE, SizeClass.SME, List.of(), false),
            "be", new MemberDimensions("be", Region.CROSS_BORDER, Sector.CARE, SizeClass.LARGE, List.of(), false),
            "nl2", new MemberDimensions("nl2", Region.NOORD_LIMBURG, Sector.ICT, SizeClass.LARGE, List.of(), false));

    private static Fact fact(String id, FactKind kind, String subject, String member, String day) {
        return Fact.of(id, "test", kind, subject, 1, member, LocalDate.parse(day));
    }

    private KpiValue figure(Kpi kpi, String period) {
        Collections.shuffle(facts);
        return new KpiCalculator(facts, members).compute(kpi, Period.parse(period), Cut.ALL);
    }

    @Test
    void aPlacementCrossesTheBorderWhenExactlyOneSideIsAcross() {
        facts.add(fact("o1", FactKind.TALENT_OFFERED, "p1", "be", "2030-01-05").withRef("p1"));
        facts.add(fact("o2", FactKind.TALENT_OFFERED, "p2", "nl2", "2030-01-05").withRef("p2"));
        facts.add(fact("o3", FactKind.TALENT_OFFERED, "p3", "uwv", "2030-01-05").withRef("p3"));
        // an offer after the placement cannot have been the one behind it
        facts.add(fact("o4", FactKind.TALENT_OFFERED, "p2", "be", "2030-03-01").withRef("p2"));
        facts.add(fact("r1", FactKind.TALENT_REQUESTED, "req-1", "nl", "2030-01-10"));
        facts.add(fact("c1", FactKind.PLACEMENT_CONFIRMED, "req-1", "nl", "2030-01-20").withRef("p1"));
        facts.add(fact("c2", FactKind.PLACEMENT_CONFIRMED, "req-1", "nl", "2030-02-09").withRef("p2"));
        facts.add(fact("c3", FactKind.PLACEMENT_CONFIRMED, "req-2", "nl", "2030-02-10").withRef("p3"));

        KpiValue crossBorder = figure(Kpi.POOLS_CROSS_BORDER_PLACEMENTS, "2030JJ00");
        assertThat(crossBorder.value()).isEqualTo(1);
        assertThat(crossBorder.eventIds()).containsExactly("c1", "o1");
        assertThat(figure(Kpi.POOLS_POSITIONS_FILLED, "2030JJ00").value()).isEqualTo(3);
        // 10 and 30 days; the placement of a request never seen does not count in the mean
        KpiValue timeToMatch = figure(Kpi.POOLS_TIME_TO_MATCH, "2030JJ00");
        assertThat(timeToMatch.value()).isEqualTo(20);
        assertThat(timeToMatch.units()).isEqualTo(2);
    }

    @Test
    void aMemberCameThroughAnEventWhenItsFirstContactSaysSoOrItAttendedUpToThirtyDaysAfterJoining() {
        facts.add(fact("s1", FactKind.LABOUR_MARKET_EVENT_SCHEDULED, "event-1", null, "2030-04-10"));
        facts.add(fact("j1", FactKind.MEMBER_JOINED, "nl", "nl", "2030-03-11"));
        facts.add(fact("j2", FactKind.MEMBER_JOINED, "be", "be", "2030-03-10"));
        facts.add(fact("j3", FactKind.MEMBER_JOINED, "nl2", "nl2", "2030-03-01").withFirstContact("EVENT"));
        facts.add(fact("g1", FactKind.REGISTRATION_CONFIRMED, "event-1", "nl", "2030-04-01").withRef("reg-nl"));
        facts.add(fact("g2", FactKind.REGISTRATION_CONFIRMED, "event-1", "be", "2030-04-01").withRef("reg-be"));
        facts.add(fact("a1", FactKind.ATTENDED, "event-1", null, "2030-04-10").withRef("reg-nl"));
        facts.add(fact("a2", FactKind.ATTENDED, "event-1", null, "2030-04-10").withRef("reg-be"));

        // nl joined 30 days before the event (counts), be 31 days before (does not), nl2 named the event channel
        KpiValue via = figure(Kpi.EVENTS_MEMBERS_VIA_EVENTS, "2030MM03");
        assertThat(via.value()).isEqualTo(2);
        assertThat(via.eventIds()).containsExactly("a1", "g1", "j1", "j3");
        // of the two member attendees one is an SME
        assertThat(figure(Kpi.EVENTS_SME_SHARE, "2030MM04").value()).isEqualTo(50);
    }
}
