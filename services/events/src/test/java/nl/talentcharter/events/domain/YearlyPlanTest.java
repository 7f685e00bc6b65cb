package nl.talentcharter.events.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.talentcharter.contracts.events.EventKind;
import org.junit.jupiter.api.Test;

class YearlyPlanTest {

    static final Map<EventKind, Integer> TARGETS = Map.of(EventKind.LABOUR_MARKET_EVENT, 2,
            EventKind.LABOUR_MARKET_GOVERNANCE_MEETING, 1, EventKind.EDUCATION_GOVERNANCE_MEETING, 4);

    static YearlyPlan.Line line(YearlyPlan plan, EventKind kind) {
        return plan.lines().stream().filter(l -> l.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void plannedLeavesCancelledOutAndHeldCountsOnlyWhatIsOver() {
        Gathering held = Gatherings.of(EventKind.LABOUR_MARKET_EVENT, "2026-03-10T14:00");
        Gathering ahead = Gatherings.of(EventKind.LABOUR_MARKET_EVENT, "2026-10-10T14:00");
        Gathering cancelled = Gatherings.of(EventKind.LABOUR_MARKET_EVENT, "2026-05-10T14:00");
        cancelled.cancel("no venue", Gatherings.NOW);
        Instant june = Instant.parse("2026-06-01T00:00:00Z");

        YearlyPlan plan = YearlyPlan.of(2026, TARGETS, List.of(held, ahead, cancelled), june);

        assertThat(line(plan, EventKind.LABOUR_MARKET_EVENT))
                .isEqualTo(new YearlyPlan.Line(EventKind.LABOUR_MARKET_EVENT, 2, 2, 1, 1, true, false));
        assertThat(line(plan, EventKind.EDUCATION_GOVERNANCE_MEETING))
                .isEqualTo(new YearlyPlan.Line(EventKind.EDUCATION_GOVERNANCE_MEETING, 4, 0, 0, 0, false, false));
        assertThat(line(plan, EventKind.WORK_VISIT).target()).as("no target: never behind").isZero();
        assertThat(line(plan, EventKind.WORK_VISIT).onTrack()).isTrue();
    }

    @Test
    void aGatheringOnNewYearsEveInAmsterdamCountsForThatYear() {
        // 23:30 on 31 December in Amsterdam is already the 31st at 22:30 UTC; 00:30 on 1 January is the 31st UTC
        Gathering newYearsEve = Gatherings.of(EventKind.LABOUR_MARKET_EVENT, "2026-12-31T23:30");
        Gathering newYearsNight = Gatherings.of(EventKind.LABOUR_MARKET_EVENT, "2027-01-01T00:30");

        YearlyPlan plan = YearlyPlan.of(2026, TARGETS, List.of(newYearsEve, newYearsNight), Gatherings.NOW);

        assertThat(line(plan, EventKind.LABOUR_MARKET_EVENT).planned()).isEqualTo(1);
    }
}
