package nl.talentcharter.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sprint and gathering figures from facts alone, in any order: what a rebuild relies on. */
class GatheringAndSprintFiguresTest {

    private final List<Fact> facts = new ArrayList<>();

    private void fact(String id, FactKind kind, String subject, long sequence, String day) {
        facts.add(Fact.of(id, "test", kind, subject, sequence, null, LocalDate.parse(day)));
    }

    private double figure(Kpi kpi, String period) {
        return new KpiCalculator(facts, Map.of()).compute(kpi, Period.parse(period), Cut.ALL).value();
    }

    @Test
    void aGatheringCountsOnItsCurrentStartDayAndNotWhenCancelled() {
        fact("e1", FactKind.LABOUR_MARKET_EVENT_SCHEDULED, "event-1", 1, "2030-03-10");
        fact("e2", FactKind.LABOUR_MARKET_EVENT_SCHEDULED, "event-2", 1, "2030-03-20");
        fact("e3", FactKind.GATHERING_RESCHEDULED, "event-2", 2, "2030-04-02");
        fact("e4", FactKind.LABOUR_MARKET_EVENT_SCHEDULED, "event-3", 1, "2030-03-25");
        fact("e5", FactKind.GATHERING_CANCELLED, "event-3", 2, "2030-03-01");
        fact("e6", FactKind.EDUCATION_MEETING_SCHEDULED, "meeting-1", 1, "2030-03-12");
        Collections.shuffle(facts);

        assertThat(figure(Kpi.EVENTS_HELD, "2030MM03")).isEqualTo(1);
        assertThat(figure(Kpi.EVENTS_HELD, "2030MM04")).isEqualTo(1);
        assertThat(figure(Kpi.EVENTS_HELD, "2030JJ00")).isEqualTo(2);
        assertThat(figure(Kpi.GOVERNANCE_EDUCATION_MEETINGS, "2030KW01")).isEqualTo(1);
        assertThat(figure(Kpi.GOVERNANCE_LABOUR_MARKET_MEETINGS, "2030JJ00")).isZero();
        KpiValue april = new KpiCalculator(facts, Map.of()).compute(Kpi.EVENTS_HELD, Period.parse("2030MM04"), Cut.ALL);
        assertThat(april.eventIds()).containsExactly("e2", "e3");
    }

    @Test
    void aSprintRunsFromItsStartUntilItEnds() {
        fact("s1", FactKind.SPRINT_STARTED, "sprint-1", 2, "2030-02-01");
        fact("s2", FactKind.SPRINT_COMPLETED, "sprint-1", 5, "2030-05-20");
        fact("s3", FactKind.SPRINT_STARTED, "sprint-2", 2, "2030-02-15");
        fact("s4", FactKind.SPRINT_CANCELLED, "sprint-2", 3, "2030-03-10");
        Collections.shuffle(facts);

        assertThat(figure(Kpi.SPRINTS_RUNNING, "2030MM01")).isZero();
        assertThat(figure(Kpi.SPRINTS_RUNNING, "2030MM02")).isEqualTo(2);
        assertThat(figure(Kpi.SPRINTS_RUNNING, "2030MM03")).isEqualTo(1);
        assertThat(figure(Kpi.SPRINTS_RUNNING, "2030MM05")).isZero();
        assertThat(figure(Kpi.SPRINTS_COMPLETED, "2030KW02")).isEqualTo(1);
    }

    @Test
    void theAttendanceRateIsAttendedOfAllRecorded() {
        fact("a1", FactKind.ATTENDED, "event-1", 3, "2030-03-10");
        fact("a2", FactKind.ATTENDED, "event-1", 4, "2030-03-10");
        fact("a3", FactKind.NO_SHOW, "event-1", 5, "2030-03-10");

        assertThat(figure(Kpi.EVENTS_ATTENDANCE_RATE, "2030MM03")).isEqualTo(66.7);
        assertThat(figure(Kpi.EVENTS_ATTENDANCE_RATE, "2030MM04")).isZero();
    }
}
