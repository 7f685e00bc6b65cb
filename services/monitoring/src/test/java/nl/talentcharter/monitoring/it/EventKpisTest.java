package nl.talentcharter.monitoring.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.talentcharter.contracts.Topics;
import nl.talentcharter.contracts.events.AttendanceOutcome;
import nl.talentcharter.contracts.events.AttendanceRecorded;
import nl.talentcharter.contracts.events.AttendeeKind;
import nl.talentcharter.contracts.events.Audience;
import nl.talentcharter.contracts.events.EventCancelled;
import nl.talentcharter.contracts.events.EventKind;
import nl.talentcharter.contracts.events.EventRescheduled;
import nl.talentcharter.contracts.events.EventScheduled;
import nl.talentcharter.contracts.events.EventsEvents;
import nl.talentcharter.contracts.events.RegistrationConfirmed;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.testkit.TestInfrastructure;
import nl.talentcharter.testkit.TestTokens;
import nl.talentcharter.testkit.TopicReader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Event and governance KPIs from the events topic: gatherings per category on their current start day (moved
 * ones move, cancelled ones drop out), registrations and the attendance rate, against the plan's targets.
 * Year 2044; 2077 for the cells announced when events move.
 */
class EventKpisTest extends MonitoringIntegrationTest {

    @Test
    void gatheringsPerCategoryRegistrationsAndAttendanceAgainstTheirTargets() {
        String event = newId();
        String moved = newId();
        String cancelled = newId();
        String education = newId();
        schedule(event, EventKind.LABOUR_MARKET_EVENT, "2044-03-10T15:00:00Z");
        schedule(moved, EventKind.LABOUR_MARKET_EVENT, "2044-03-20T15:00:00Z");
        publish(EventsEvents.EVENT_RESCHEDULED, moved, new EventRescheduled(moved, Instant.parse("2044-04-02T15:00:00Z"),
                Instant.parse("2044-04-02T17:00:00Z"), Instant.parse("2044-03-20T15:00:00Z"),
                Instant.parse("2044-03-01T09:00:00Z")));
        schedule(cancelled, EventKind.LABOUR_MARKET_EVENT, "2044-03-25T15:00:00Z");
        publish(EventsEvents.EVENT_CANCELLED, cancelled,
                new EventCancelled(cancelled, "venue unavailable", Instant.parse("2044-03-02T09:00:00Z")));
        schedule(education, EventKind.EDUCATION_GOVERNANCE_MEETING, "2044-03-12T09:00:00Z");
        String first = newId();
        String second = newId();
        publish(EventsEvents.REGISTRATION_CONFIRMED, event, new RegistrationConfirmed(event, first,
                AttendeeKind.MEMBER_CONTACT, newId(), Instant.parse("2044-03-01T10:00:00Z")));
        publish(EventsEvents.REGISTRATION_CONFIRMED, event, new RegistrationConfirmed(event, second,
                AttendeeKind.GUEST, null, Instant.parse("2044-03-02T10:00:00Z")));
        publish(EventsEvents.ATTENDANCE_RECORDED, event, new AttendanceRecorded(event, first,
                AttendanceOutcome.ATTENDED, Instant.parse("2044-03-10T18:00:00Z")));
        String noShow = publish(EventsEvents.ATTENDANCE_RECORDED, event, new AttendanceRecorded(event, second,
                AttendanceOutcome.NO_SHOW, Instant.parse("2044-03-10T18:00:00Z")));

        awaitValue("events.attendance-rate", "2044MM03", "ALL", 50);
        assertThat(value("events.held", "2044MM03", "ALL")).isEqualTo(1);
        assertThat(value("events.held", "2044MM04", "ALL")).isEqualTo(1);
        assertThat(value("events.held", "2044JJ00", "ALL")).isEqualTo(2);
        assertThat(value("governance.education-meetings", "2044KW01", "ALL")).isEqualTo(1);
        assertThat(value("governance.labour-market-meetings", "2044JJ00", "ALL")).isZero();
        assertThat(value("events.registrations", "2044MM03", "ALL")).isEqualTo(2);

        JsonNode held = kpi("events.held", "2044JJ00", "ALL");
        assertThat(held.path("target").asInt()).isEqualTo(2);
        assertThat(kpi("governance.education-meetings", "2044JJ00", "ALL").path("target").asInt()).isEqualTo(4);
        JsonNode trace = JSON.readTree(get("/kpis/events.attendance-rate/trace?period=2044MM03&dimension=ALL",
                TestTokens.viewer()).body());
        assertThat(trace.path("events").values().stream().map(e -> e.path("id").asString()).toList())
                .hasSize(2).contains(noShow);
    }

    /**
     * What a dashboard shows first: events held against the target per month. A moved event leaves the month it
     * was in and a cancelled one the month it would have been held in, on the live KPI topic too, not only after
     * a rebuild, although neither event is dated in that month (ADR 0124). Year 2077.
     */
    @Test
    void aMovedOrCancelledEventLeavesItsMonthOnTheKpiTopic() {
        String moved = newId();
        String cancelled = newId();
        try (TopicReader reader = TopicReader.fromBeginning(TestInfrastructure.get().kafkaBootstrapServers(),
                Topics.MONITORING_KPI)) {
            schedule(moved, EventKind.LABOUR_MARKET_EVENT, "2077-03-10T15:00:00Z");
            schedule(cancelled, EventKind.LABOUR_MARKET_EVENT, "2077-07-01T15:00:00Z");
            awaitHeld(reader, "2077MM03", 1);
            awaitHeld(reader, "2077MM07", 1);
            awaitHeld(reader, "2077KW01", 1);

            publish(EventsEvents.EVENT_RESCHEDULED, moved, new EventRescheduled(moved,
                    Instant.parse("2077-05-04T15:00:00Z"), Instant.parse("2077-05-04T17:00:00Z"),
                    Instant.parse("2077-03-10T15:00:00Z"), Instant.parse("2077-02-20T09:00:00Z")));
            publish(EventsEvents.EVENT_CANCELLED, cancelled,
                    new EventCancelled(cancelled, "venue unavailable", Instant.parse("2077-06-20T09:00:00Z")));

            awaitHeld(reader, "2077MM05", 1);
            awaitHeld(reader, "2077MM03", 0);
            awaitHeld(reader, "2077KW01", 0);
            awaitHeld(reader, "2077MM07", 0);
        }
        assertThat(value("events.held", "2077JJ00", "ALL")).isEqualTo(1);
        assertThat(value("events.held", "2077KW02", "ALL")).isEqualTo(1);
    }

    private static void awaitHeld(TopicReader reader, String period, double held) {
        awaitSnapshot(reader, "events.held/" + period + "/ALL", held);
    }

    private void schedule(String eventId, EventKind kind, String startsAt) {
        Instant start = Instant.parse(startsAt);
        publish(EventsEvents.EVENT_SCHEDULED, eventId, new EventScheduled(eventId, kind, "Talent in Limburg", start,
                start.plusSeconds(7200), "Venlo", false, Audience.OPEN, 100, null, null, List.of(), List.of(),
                List.of(ActionLine.IDENTIFY), null));
    }
}
