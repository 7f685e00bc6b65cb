package nl.talentcharter.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.talentcharter.contracts.monitoring.KpiDimension;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import org.junit.jupiter.api.Test;

/** The calculator numbers the cuts to test them fast: a member's figures still count in exactly the cuts that include it. */
class FigureCutsTest {

    private static final Period MARCH = Period.parse("2030MM03");

    @Test
    void aMembersFiguresCountInExactlyTheCutsThatIncludeIt() {
        List<MemberDimensions> profiles = List.of(
                new MemberDimensions("m", Region.CROSS_BORDER, Sector.OTHER, SizeClass.LARGE, List.of(), true),
                new MemberDimensions("m", Region.NOORD_LIMBURG, Sector.CARE, SizeClass.SME,
                        List.of(ActionLine.IDENTIFY, ActionLine.RETAIN), false),
                new MemberDimensions("m", Region.ZUID_LIMBURG, Sector.PUBLIC_SECTOR, SizeClass.SME,
                        List.of(ActionLine.values()), false));
        List<Fact> facts = List.of(Fact.of("j1", "test", FactKind.MEMBER_JOINED, "m", 1, "m", LocalDate.parse("2030-03-02")));
        for (MemberDimensions profile : profiles) {
            KpiCalculator calculator = new KpiCalculator(facts, Map.of("m", profile));
            for (Cut cut : everyCut()) {
                double expected = cut.includes(profile) ? 1 : 0;
                assertThat(calculator.figure(Kpi.MEMBERS_JOINED, MARCH, cut).value()).as(profile + " " + cut).isEqualTo(expected);
                assertThat(calculator.figure(Kpi.MEMBERS_ACTIVE, MARCH, cut).value()).as(profile + " " + cut).isEqualTo(expected);
            }
        }
    }

    @Test
    void aFactOfAMemberWithoutAKnownProfileCountsOnlyInAll() {
        List<Fact> facts = List.of(Fact.of("j1", "test", FactKind.MEMBER_JOINED, "m", 1, "m", LocalDate.parse("2030-03-02")));
        KpiCalculator calculator = new KpiCalculator(facts, Map.of());
        for (Cut cut : everyCut()) {
            double expected = cut.equals(Cut.ALL) ? 1 : 0;
            assertThat(calculator.figure(Kpi.MEMBERS_JOINED, MARCH, cut).value()).as(cut.code()).isEqualTo(expected);
        }
    }

    private static List<Cut> everyCut() {
        List<Cut> cuts = new ArrayList<>();
        for (KpiDimension dimension : KpiDimension.values()) {
            cuts.addAll(Cut.allOf(dimension));
        }
        return cuts;
    }
}
