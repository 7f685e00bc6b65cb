package nl.talentcharter.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.talentcharter.contracts.monitoring.KpiDimension;
import nl.talentcharter.contracts.monitoring.PeriodType;
import org.junit.jupiter.api.Test;

/**
 * The announcer publishes {@link KpiCalculator#figure}, the trace lists {@link KpiCalculator#compute}'s events: both
 * must show the same figure of every cell, whatever order the facts came in and whichever cells were computed before.
 */
class FiguresWithoutEvidenceTest {

    private static final SyntheticFactLog LOG = SyntheticFactLog.of(7, 6_000);

    @Test
    void everyCellsFigureIsTheSameWithAndWithoutItsEvents() {
        List<Fact> shuffled = new ArrayList<>(LOG.facts());
        Collections.shuffle(shuffled, new Random(11));
        KpiCalculator traced = new KpiCalculator(LOG.facts(), LOG.members());
        KpiCalculator figuresOnly = new KpiCalculator(shuffled, LOG.members());
        Set<Kpi> shownSomewhere = new HashSet<>();
        Set<Kpi> shownInACut = new HashSet<>();
        int cells = 0;
        for (Period period : periods()) {
            for (Cut cut : cuts()) {
                for (Kpi kpi : Kpi.values()) {
                    KpiValue full = traced.compute(kpi, period, cut);
                    KpiValue figure = figuresOnly.figure(kpi, period, cut);
                    assertThat(figure.value()).as(full.key()).isEqualTo(full.value());
                    assertThat(figure.units()).as(full.key()).isEqualTo(full.units());
                    assertThat(figure.eventIds()).as(full.key()).isEmpty();
                    if (full.units() > 0) {
                        assertThat(full.eventIds()).as(full.key()).isNotEmpty().isSorted();
                        shownSomewhere.add(kpi);
                        if (cut.dimension() != KpiDimension.ALL) {
                            shownInACut.add(kpi);
                        }
                    }
                    cells++;
                }
            }
        }
        assertThat(cells).isEqualTo(periods().size() * cuts().size() * Kpi.values().length);
        // the comparison means something only where the log gives figures: every KPI somewhere, and every KPI
        // of members (all but those of sprints and gatherings, which name none) in some cut too
        assertThat(shownSomewhere).containsExactlyInAnyOrder(Kpi.values());
        assertThat(shownInACut).containsAll(Set.of(Kpi.MEMBERS_ACTIVE, Kpi.MEMBERS_SME_SHARE, Kpi.MEMBERS_FRONT_RUNNERS,
                Kpi.HR_SCANS_AVERAGE_SCORE, Kpi.HR_SCANS_FOLLOW_UP_ON_TIME, Kpi.EVENTS_SME_SHARE,
                Kpi.EVENTS_MEMBERS_VIA_EVENTS, Kpi.SPRINTS_COMPANIES_REACHED, Kpi.GOVERNANCE_THEMES_HEARD,
                Kpi.POOLS_TIME_TO_MATCH, Kpi.POOLS_CROSS_BORDER_PLACEMENTS, Kpi.PARTNERS_WORK_TO_WORK_WORKERS));
    }

    /** A rebuild reads the topics in another order than the live consumers did: figures and traces stay the same. */
    @Test
    void everyCellAndItsEventsAreTheSameWhateverOrderTheFactsCameIn() {
        List<Fact> reversed = new ArrayList<>(LOG.facts());
        Collections.reverse(reversed);
        List<Fact> shuffled = new ArrayList<>(LOG.facts());
        Collections.shuffle(shuffled, new Random(5));
        KpiCalculator inOrder = new KpiCalculator(LOG.facts(), LOG.members());
        KpiCalculator backwards = new KpiCalculator(reversed, LOG.members());
        KpiCalculator anyOrder = new KpiCalculator(shuffled, LOG.members());
        for (Period period : periods()) {
            for (Cut cut : cuts()) {
                for (Kpi kpi : Kpi.values()) {
                    KpiValue expected = inOrder.compute(kpi, period, cut);
                    assertThat(backwards.compute(kpi, period, cut)).as(expected.key()).isEqualTo(expected);
                    assertThat(anyOrder.compute(kpi, period, cut)).as(expected.key()).isEqualTo(expected);
                }
            }
        }
    }

    /** What a calculator keeps between cells must not leak into another cell: a cell alone shows the same. */
    @Test
    void aCellComputedAloneShowsWhatItShowsAmongAllOthers() {
        KpiCalculator shared = new KpiCalculator(LOG.facts(), LOG.members());
        List<KpiValue> amongOthers = new ArrayList<>();
        for (Period period : periods()) {
            for (Cut cut : cuts()) {
                for (Kpi kpi : Kpi.values()) {
                    amongOthers.add(shared.compute(kpi, period, cut));
                }
            }
        }
        Random random = new Random(3);
        for (int i = 0; i < 400; i++) {
            KpiValue among = amongOthers.get(random.nextInt(amongOthers.size()));
            KpiValue alone = new KpiCalculator(LOG.facts(), LOG.members())
                    .compute(among.kpi(), among.period(), among.cut());
            assertThat(alone).as(among.key()).isEqualTo(among);
        }
    }

    /** Both years with their quarters and months: cells of one month and cells spanning twelve. */
    private static List<Period> periods() {
        List<Period> periods = new ArrayList<>();
        for (int year = SyntheticFactLog.FIRST_DAY.getYear(); year <= SyntheticFactLog.FIRST_DAY.getYear() + 1; year++) {
            for (PeriodType type : PeriodType.values()) {
                periods.addAll(Period.all(type, year));
            }
        }
        return periods;
    }

    private static List<Cut> cuts() {
        List<Cut> cuts = new ArrayList<>();
        for (KpiDimension dimension : KpiDimension.values()) {
            cuts.addAll(Cut.allOf(dimension));
        }
        return cuts;
    }
}
