package nl.talentcharter.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import org.junit.jupiter.api.Test;

class CellsMovedTest {

    private static final MemberDimensions MEMBER = new MemberDimensions("m", Region.ZUID_LIMBURG, Sector.CARE,
            SizeClass.SME, List.of(ActionLine.RETAIN), false);

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
        List<Fact> facts = List.of(
                Fact.of("j", "joined", FactKind.MEMBER_JOINED, "m", 1, "m", LocalDate.of(2062, 4, 28)),
                Fact.of("r", "registered", FactKind.REGISTRATION_CONFIRMED, "e", 2, "m", LocalDate.of(2062, 5, 1))
                        .withRef("registration"),
                Fact.of("o", "other registration", FactKind.REGISTRATION_CONFIRMED, "e", 3, "n",
                        LocalDate.of(2062, 1, 1)).withRef("another"));
        CellsMoved.Cells cells = new CellsMoved(Set.of(LocalDate.of(2062, 5, 10)), Set.of(), Set.of("registration"))
                .in(facts, Map.of("m", MEMBER), Period::containing);
        assertThat(cells.periods()).contains(Period.parse("2062MM04"), Period.parse("2062MM05"))
                .doesNotContain(Period.parse("2062MM01"));
        assertThat(cells.cuts()).containsAll(Cut.of(MEMBER));
    }
}
