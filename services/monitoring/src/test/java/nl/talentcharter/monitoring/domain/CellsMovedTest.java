package nl.talentcharter.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.contracts.monitoring.KpiDimension;
import nl.talentcharter.contracts.monitoring.PeriodType;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import org.junit.jupiter.api.Test;

/**
 * Which cells a batch of facts names. Besides the periods and cuts expected, each case checks the claim itself:
 * every cell (of every KPI, period up to today and cut) whose figure the batch changes lies in a period and a cut
 * named, compared by {@link KpiCalculator} before and after the batch.
 */
class CellsMovedTest {

    private static final LocalDate TODAY = LocalDate.of(2063, 2, 14);
    private static final MemberDimensions MEMBER = new MemberDimensions("m", Region.ZUID_LIMBURG, Sector.CARE,
            SizeClass.SME, List.of(ActionLine.RETAIN), false);
    private static final MemberDimensions ACROSS_THE_BORDER = new MemberDimensions("b", Region.CROSS_BORDER,
            Sector.LOGISTICS, SizeClass.LARGE, List.of(ActionLine.ATTRACT), false);
    private static final Map<String, MemberDimensions> MEMBERS = Map.of("m", MEMBER, "b", ACROSS_THE_BORDER);

    private int ids;

    @Test
    void factsMoveTheirDaysPeriodsAndTheirMembersCuts() {
        CellsMoved.Cells cells = new CellsMoved(Set.of(LocalDate.of(2062, 5, 10)), Set.of("m", "unknown"), Set.of())
                .in(List.of(), Map.of("m", MEMBER), Period::containing);
        assertThat(cells.periods()).containsExactlyInAnyOrder(Period.parse("2062JJ00"), Period.parse("2062KW02"),
                Period.parse("2062MM05"));
        assertThat(cells.cuts()).contains(Cut.ALL).containsAll(Cut.of(MEMBER));
    }

    @Test
    void anAttendanceAlsoMovesThePeriodItsRegistrationsMemberJoinedInAndThatMembersCuts() {
        List<Fact> earlier = List.of(
                fact(FactKind.MEMBER_JOINED, "m", "m", "2062-04-28"),
                fact(FactKind.LABOUR_MARKET_EVENT_SCHEDULED, "event", null, "2062-05-10"),
                fact(FactKind.REGISTRATION_CONFIRMED, "event", "m", "2062-05-01").withRef("registration"),
                fact(FactKind.REGISTRATION_CONFIRMED, "event", "n", "2062-01-01").withRef("another"));
        CellsMoved.Cells cells = movedBy(earlier,
                List.of(fact(FactKind.ATTENDED, "event", null, "2062-05-10").withRef("registration")));
        assertThat(cells.periods()).contains(Period.parse("2062MM04"), Period.parse("2062MM05"))
                .doesNotContain(Period.parse("2062MM01"));
        assertThat(cells.cuts()).containsAll(Cut.of(MEMBER));
    }

    @Test
    void aMembershipChangeMovesEveryPeriodFromItsDayToTheCurrentOnes() {
        List<Fact> earlier = List.of(fact(FactKind.MEMBER_JOINED, "m", "m", "2061-03-01"));
        CellsMoved.Cells cells = movedBy(earlier, List.of(fact(FactKind.MEMBERSHIP_ENDED, "m", "m", "2062-05-10")));
        assertThat(cells.periods()).contains(Period.parse("2062MM05"), Period.parse("2062MM09"),
                Period.parse("2062KW04"), Period.parse("2063MM01"), Period.parse("2063MM02"))
                .doesNotContain(Period.parse("2062MM04"), Period.parse("2061JJ00"));
    }

    @Test
    void aMembershipChangeOnADayNotReachedYetMovesItsOwnPeriodsAndTheCurrentOnes() {
        CellsMoved.Cells cells = movedBy(List.of(), List.of(fact(FactKind.MEMBER_JOINED, "m", "m", "2063-06-01")));
        assertThat(cells.periods()).containsExactlyInAnyOrderElementsOf(periodsFor(LocalDate.of(2063, 6, 1)));
    }

    @Test
    void aSprintCompletedMovesTheSprintsRunningOfEveryPeriodSince() {
        List<Fact> earlier = List.of(fact(FactKind.SPRINT_STARTED, "sprint", null, "2062-01-15").withCohort(List.of("m")));
        CellsMoved.Cells cells = movedBy(earlier, List.of(fact(FactKind.SPRINT_COMPLETED, "sprint", null, "2062-06-30")));
        assertThat(cells.periods()).contains(Period.parse("2062MM07"), Period.parse("2062KW03"), Period.parse("2063MM01"))
                .doesNotContain(Period.parse("2062MM05"));
    }

    @Test
    void aRescheduledGatheringLeavesThePeriodOfItsEarlierStartDay() {
        List<Fact> earlier = List.of(fact(FactKind.LABOUR_MARKET_EVENT_SCHEDULED, "event", null, "2062-03-20"));
        CellsMoved.Cells cells = movedBy(earlier, List.of(fact(FactKind.GATHERING_RESCHEDULED, "event", null, "2062-05-04")));
        assertThat(cells.periods()).contains(Period.parse("2062MM03"), Period.parse("2062KW01"), Period.parse("2062MM05"))
                .doesNotContain(Period.parse("2062MM04"));
    }

    @Test
    void aCancelledGatheringLeavesThePeriodItWouldHaveBeenHeldIn() {
        List<Fact> earlier = List.of(fact(FactKind.WORK_VISIT_SCHEDULED, "visit", null, "2062-09-01"),
                fact(FactKind.WORK_VISIT_SCHEDULED, "other visit", null, "2062-11-01"));
        CellsMoved.Cells cells = movedBy(earlier, List.of(fact(FactKind.GATHERING_CANCELLED, "visit", null, "2062-07-20")));
        assertThat(cells.periods()).contains(Period.parse("2062MM09"), Period.parse("2062KW03"), Period.parse("2062MM07"))
                .doesNotContain(Period.parse("2062MM11"));
    }

    @Test
    void aFollowUpHeldMovesThePeriodItsScanWasCompletedIn() {
        List<Fact> earlier = List.of(fact(FactKind.SCAN_COMPLETED, "scan", "m", "2062-04-10")
                .withScan("scan", 70.0, LocalDate.of(2062, 7, 15), List.of()));
        CellsMoved.Cells cells = movedBy(earlier, List.of(fact(FactKind.FOLLOW_UP_HELD, "scan", "m", "2062-07-01")
                .withScan("scan", null, null, List.of())));
        assertThat(cells.periods()).contains(Period.parse("2062MM04"), Period.parse("2062KW02"), Period.parse("2062MM07"));
    }

    @Test
    void aRegistrationRecordedAfterItsAttendanceMovesTheAttendancesPeriodAndTheMembersJoining() {
        List<Fact> earlier = List.of(
                fact(FactKind.MEMBER_JOINED, "m", "m", "2061-12-20"),
                fact(FactKind.LABOUR_MARKET_EVENT_SCHEDULED, "event", null, "2062-01-10"),
                fact(FactKind.ATTENDED, "event", null, "2062-01-10").withRef("registration"));
        CellsMoved.Cells cells = movedBy(earlier, List.of(
                fact(FactKind.REGISTRATION_CONFIRMED, "event", "m", "2061-11-30").withRef("registration")));
        assertThat(cells.periods()).contains(Period.parse("2061MM11"), Period.parse("2061MM12"), Period.parse("2062MM01"));
        assertThat(cells.cuts()).containsAll(Cut.of(MEMBER));
    }

    @Test
    void aRequestRecordedAfterItsPlacementMovesThePlacementsPeriod() {
        List<Fact> earlier = List.of(fact(FactKind.PLACEMENT_CONFIRMED, "request", "m", "2062-06-10").withRef("person"));
        CellsMoved.Cells cells = movedBy(earlier, List.of(fact(FactKind.TALENT_REQUESTED, "request", "m", "2062-03-01")));
        assertThat(cells.periods()).contains(Period.parse("2062MM06"), Period.parse("2062KW02"), Period.parse("2062MM03"));
    }

    @Test
    void anOfferMovesThePeriodsOfThePersonsLaterPlacementsCutByTheRequestingMember() {
        List<Fact> earlier = List.of(
                fact(FactKind.PLACEMENT_CONFIRMED, "request", "b", "2062-06-10").withRef("person"),
                fact(FactKind.PLACEMENT_CONFIRMED, "earlier request", "b", "2062-02-10").withRef("person"));
        CellsMoved.Cells cells = movedBy(earlier, List.of(fact(FactKind.TALENT_OFFERED, "pool", "m", "2062-05-01")
                .withRef("person")));
        assertThat(cells.periods()).contains(Period.parse("2062MM06"), Period.parse("2062MM05"))
                .doesNotContain(Period.parse("2062MM02"));
        assertThat(cells.cuts()).containsAll(Cut.of(ACROSS_THE_BORDER)).containsAll(Cut.of(MEMBER));
    }

    @Test
    void aChangedProfileMovesEveryCutOfEveryPeriodSinceTheMembersFirstFact() {
        List<Fact> earlier = List.of(fact(FactKind.MEMBER_JOINED, "m", "m", "2061-05-03"),
                fact(FactKind.SCAN_COMPLETED, "scan", "m", "2062-03-10").withScan("scan", 60.0, null, List.of()));
        MemberDimensions moved = new MemberDimensions("m", Region.NOORD_LIMBURG, Sector.LOGISTICS, SizeClass.LARGE,
                List.of(ActionLine.DEVELOP), true);
        Fact changed = new Fact("p" + ++ids, MemberEvents.MEMBER_PROFILE_CHANGED.type(), FactKind.OTHER, "m", 3, "m",
                LocalDate.of(2063, 1, 10), null, null, null, List.of(), null, List.of(), List.of(), null, null, 0);
        CellsMoved.Cells cells = movedBy(earlier, List.of(changed), MEMBERS,
                Map.of("m", moved, "b", ACROSS_THE_BORDER));
        assertThat(cells.periods()).contains(Period.parse("2061MM05"), Period.parse("2062MM03"), Period.parse("2063MM01"));
        assertThat(cells.cuts()).contains(new Cut(KpiDimension.REGION, "ZUID_LIMBURG"),
                new Cut(KpiDimension.SECTOR, "CARE"), new Cut(KpiDimension.REGION, "NOORD_LIMBURG"));
    }

    @Test
    void aPartnersReportMovesTheCutsOfThePlaceItNames() {
        CellsMoved.Cells cells = movedBy(List.of(), List.of(fact(FactKind.WORK_TO_WORK_CASE_REPORTED, "case", null,
                "2062-03-02").withPlace(new Place(Region.NOORD_LIMBURG, Sector.LOGISTICS, SizeClass.SME), 6)));
        assertThat(cells.cuts()).contains(new Cut(KpiDimension.REGION, "NOORD_LIMBURG"),
                new Cut(KpiDimension.SECTOR, "LOGISTICS"), new Cut(KpiDimension.SIZE_CLASS, "SME"));
    }

    @Test
    void factsOfTheSameDayThatReachNothingAddNoOtherPeriods() {
        List<Fact> earlier = List.of(fact(FactKind.MEMBER_JOINED, "m", "m", "2061-03-01"),
                fact(FactKind.SCAN_REQUESTED, "scan", "m", "2061-06-01"));
        CellsMoved.Cells cells = movedBy(earlier, List.of(fact(FactKind.SCAN_REQUESTED, "other scan", "m", "2062-05-10"),
                fact(FactKind.SPRINT_SESSION_HELD, "sprint", null, "2062-05-10")));
        assertThat(cells.periods()).containsExactlyInAnyOrderElementsOf(periodsFor(LocalDate.of(2062, 5, 10)));
    }

    // ---- the claim, checked against the calculator ---------------------------------------------------------

    private CellsMoved.Cells movedBy(List<Fact> earlier, List<Fact> batch) {
        return movedBy(earlier, batch, MEMBERS, MEMBERS);
    }

    /**
     * The cells the batch's note names, after asserting that they hold every cell up to today whose figure the
     * batch changed (periods after today are refreshed by facts of their own days and once they are current).
     */
    private static CellsMoved.Cells movedBy(List<Fact> earlier, List<Fact> batch,
            Map<String, MemberDimensions> membersBefore, Map<String, MemberDimensions> membersAfter) {
        List<Fact> all = new ArrayList<>(earlier);
        all.addAll(batch);
        CellsMoved.Cells cells = CellsMoved.of(batch).in(all, membersAfter, CellsMovedTest::periodsFor);
        KpiCalculator before = new KpiCalculator(earlier, membersBefore);
        KpiCalculator after = new KpiCalculator(all, membersAfter);
        Set<String> changed = new LinkedHashSet<>();
        Set<String> missed = new LinkedHashSet<>();
        for (Period period : periodsUpToToday()) {
            for (Cut cut : allCuts()) {
                for (Kpi kpi : Kpi.values()) {
                    KpiValue was = before.compute(kpi, period, cut);
                    KpiValue is = after.compute(kpi, period, cut);
                    if (was.value() != is.value() || was.units() != is.units()) {
                        changed.add(is.key());
                        if (!cells.periods().contains(period) || !cells.cuts().contains(cut)) {
                            missed.add(is.key());
                        }
                    }
                }
            }
        }
        assertThat(changed).as("the batch changes some figure").isNotEmpty();
        assertThat(missed).as("cells the batch changed but does not name").isEmpty();
        return cells;
    }

    /** As the service's: a day's own periods and the current ones. */
    private static List<Period> periodsFor(LocalDate day) {
        Set<Period> periods = new LinkedHashSet<>(Period.containing(day));
        periods.addAll(Period.containing(TODAY));
        return List.copyOf(periods);
    }

    private static List<Period> periodsUpToToday() {
        List<Period> periods = new ArrayList<>();
        for (int year = 2061; year <= TODAY.getYear(); year++) {
            for (PeriodType type : PeriodType.values()) {
                Period.all(type, year).stream().filter(p -> !p.start().isAfter(TODAY)).forEach(periods::add);
            }
        }
        return periods;
    }

    private static List<Cut> allCuts() {
        List<Cut> cuts = new ArrayList<>();
        for (KpiDimension dimension : KpiDimension.values()) {
            cuts.addAll(Cut.allOf(dimension));
        }
        return cuts;
    }

    private Fact fact(FactKind kind, String subject, String memberId, String day) {
        ids++;
        return Fact.of("f" + ids, kind.name(), kind, subject, ids, memberId, LocalDate.parse(day));
    }
}
