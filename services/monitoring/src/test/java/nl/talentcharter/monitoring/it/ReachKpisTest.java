package nl.talentcharter.monitoring.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.talentcharter.contracts.events.AttendanceOutcome;
import nl.talentcharter.contracts.events.AttendanceRecorded;
import nl.talentcharter.contracts.events.AttendeeKind;
import nl.talentcharter.contracts.events.Audience;
import nl.talentcharter.contracts.events.EventKind;
import nl.talentcharter.contracts.events.EventScheduled;
import nl.talentcharter.contracts.events.EventsEvents;
import nl.talentcharter.contracts.events.HeardItem;
import nl.talentcharter.contracts.events.HeardKind;
import nl.talentcharter.contracts.events.RegistrationConfirmed;
import nl.talentcharter.contracts.events.WorkVisitReported;
import nl.talentcharter.contracts.members.FirstContact;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.contracts.members.MemberJoined;
import nl.talentcharter.contracts.members.MemberProfile;
import nl.talentcharter.contracts.sprints.CompanyJoinedSprint;
import nl.talentcharter.contracts.sprints.SprintEvents;
import nl.talentcharter.contracts.sprints.SprintStarted;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.FirstContactChannel;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import nl.talentcharter.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The reach of the instruments: companies reached by sprints, the SME share of event attendees, members who came
 * through an event, and the themes heard on work visits (in all and per theme). Year 2051.
 */
class ReachKpisTest extends MonitoringIntegrationTest {

    private static final MemberProfile SME_NOORD = profile(Region.NOORD_LIMBURG, Sector.CARE, SizeClass.SME, false,
            ActionLine.RETAIN);
    private static final MemberProfile LARGE_NOORD = profile(Region.NOORD_LIMBURG, Sector.CARE, SizeClass.LARGE, false,
            ActionLine.RETAIN);
    private static final MemberProfile SME_MIDDEN = profile(Region.MIDDEN_LIMBURG, Sector.ICT, SizeClass.SME, false,
            ActionLine.DEVELOP);

    @Test
    void companiesReachedAreDistinctMembersInSprintCohorts() {
        String a = newId();
        String b = newId();
        String c = newId();
        join(a, LocalDate.of(2050, 12, 1), SME_NOORD);
        join(b, LocalDate.of(2050, 12, 1), LARGE_NOORD);
        join(c, LocalDate.of(2050, 12, 1), SME_MIDDEN);
        String first = newId();
        String second = newId();
        String start = publish(SprintEvents.SPRINT_STARTED, first,
                new SprintStarted(first, "vitality", a, List.of(a, b), LocalDate.of(2051, 3, 1)));
        publish(SprintEvents.SPRINT_STARTED, second,
                new SprintStarted(second, "skills", a, List.of(a), LocalDate.of(2051, 3, 15)));
        String joined = publish(SprintEvents.COMPANY_JOINED_SPRINT, first,
                new CompanyJoinedSprint(first, c, LocalDate.of(2051, 4, 2)));

        awaitValue("sprints.companies-reached", "2051JJ00", "ALL", 3);
        assertThat(value("sprints.companies-reached", "2051MM03", "ALL")).isEqualTo(2);
        assertThat(value("sprints.companies-reached", "2051MM04", "ALL")).isEqualTo(1);
        assertThat(value("sprints.companies-reached", "2051JJ00", "REGION:MIDDEN_LIMBURG")).isEqualTo(1);
        assertThat(value("sprints.companies-reached", "2051JJ00", "SIZE_CLASS:LARGE")).isEqualTo(1);
        assertThat(traceIds("sprints.companies-reached", "2051MM04")).containsExactly(joined);
        assertThat(traceIds("sprints.companies-reached", "2051MM03")).contains(start);
    }

    @Test
    void smeShareOfAttendeesAndMembersWhoCameThroughAnEvent() {
        String sme = newId();
        String large = newId();
        String viaChannel = newId();
        String viaAttendance = newId();
        String tooLate = newId();
        join(sme, LocalDate.of(2050, 12, 1), SME_NOORD);
        join(large, LocalDate.of(2050, 12, 1), LARGE_NOORD);
        String viaChannelJoin = publish(MemberEvents.MEMBER_JOINED, viaChannel, new MemberJoined(viaChannel, 1,
                SME_MIDDEN, LocalDate.of(2051, 5, 10), new FirstContact(FirstContactChannel.EVENT, null)));
        String viaAttendanceJoin = join(viaAttendance, LocalDate.of(2051, 5, 10), SME_MIDDEN);
        join(tooLate, LocalDate.of(2051, 2, 1), LARGE_NOORD);

        String event = newId();
        Instant start = Instant.parse("2051-05-20T15:00:00Z");
        publish(EventsEvents.EVENT_SCHEDULED, event, new EventScheduled(event, EventKind.LABOUR_MARKET_EVENT,
                "Talent in Limburg", start, start.plusSeconds(7200), "Venlo", false, Audience.OPEN, 100, null, null,
                List.of(), List.of(), List.of(ActionLine.IDENTIFY), null));
        attend(event, sme, true);
        attend(event, large, true);
        String attendance = attend(event, viaAttendance, true);
        attend(event, tooLate, true);
        attend(event, null, true);
        String last = attend(event, sme, false);

        await(() -> assertThat(traceIds("events.attendance-rate", "2051MM05")).contains(last));
        // members' attendees: sme, large, viaAttendance (SME), tooLate (large); the guest names no member
        assertThat(value("events.sme-share", "2051MM05", "ALL")).isEqualTo(50);
        assertThat(value("events.sme-share", "2051MM05", "SIZE_CLASS:SME")).isEqualTo(100);
        assertThat(kpi("events.sme-share", "2051MM05", "ALL").path("units").asInt()).isEqualTo(4);

        assertThat(value("events.members-via-events", "2051MM05", "ALL")).isEqualTo(2);
        // joined in February, attended more than 30 days later: not through the event
        assertThat(value("events.members-via-events", "2051KW01", "ALL")).isZero();
        assertThat(value("events.members-via-events", "2051MM05", "REGION:MIDDEN_LIMBURG")).isEqualTo(2);
        assertThat(traceIds("events.members-via-events", "2051MM05"))
                .contains(viaChannelJoin, viaAttendanceJoin, attendance);
    }

    @Test
    void themesHeardOnWorkVisitsInAllPerActionLineAndPerTheme() {
        String a = newId();
        String c = newId();
        join(a, LocalDate.of(2050, 12, 1), SME_NOORD);
        join(c, LocalDate.of(2050, 12, 1), SME_MIDDEN);
        String first = visit(a, LocalDate.of(2051, 6, 3), List.of(
                new HeardItem(HeardKind.THEME, "Verzuim stijgt", List.of(ActionLine.RETAIN), List.of("vitality", "skills")),
                new HeardItem(HeardKind.CHALLENGE, "Geen instroom", List.of(ActionLine.ATTRACT), List.of("vitality"))));
        String second = visit(c, LocalDate.of(2051, 6, 10), List.of(
                new HeardItem(HeardKind.THEME, "Digitale vaardigheden", List.of(ActionLine.DEVELOP), List.of("skills"))));

        awaitValue("governance.themes-heard", "2051MM06", "ALL", 3);
        assertThat(value("governance.themes-heard", "2051MM06", "ACTION_LINE:RETAIN")).isEqualTo(1);
        assertThat(value("governance.themes-heard", "2051MM06", "REGION:NOORD_LIMBURG")).isEqualTo(2);
        assertThat(traceIds("governance.themes-heard", "2051JJ00")).containsExactlyInAnyOrder(first, second);

        JsonNode themes = JSON.readTree(get("/kpis/governance.themes-heard/themes?period=2051MM06",
                TestTokens.viewer()).body());
        assertThat(themes.values().stream().map(t -> t.path("theme").asString() + "=" + t.path("count").asInt()))
                .containsExactly("skills=2", "vitality=2");
        assertThat(themes.get(0).path("eventIds").values().stream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(first, second);
        assertThat(get("/kpis/governance.themes-heard/themes?period=2051MM06", null).statusCode()).isEqualTo(401);
        assertThat(get("/kpis/governance.themes-heard/themes?period=2051XX06", TestTokens.viewer()).statusCode())
                .isEqualTo(400);
    }

    private String attend(String event, String member, boolean attended) {
        String registration = newId();
        publish(EventsEvents.REGISTRATION_CONFIRMED, event, new RegistrationConfirmed(event, registration,
                member == null ? AttendeeKind.GUEST : AttendeeKind.MEMBER_CONTACT, member,
                Instant.parse("2051-05-01T10:00:00Z")));
        return publish(EventsEvents.ATTENDANCE_RECORDED, event, new AttendanceRecorded(event, registration,
                attended ? AttendanceOutcome.ATTENDED : AttendanceOutcome.NO_SHOW, Instant.parse("2051-05-20T18:00:00Z")));
    }

    private String visit(String member, LocalDate on, List<HeardItem> heard) {
        String visit = newId();
        return publish(EventsEvents.WORK_VISIT_REPORTED, visit, new WorkVisitReported(visit, member, on, heard, 1));
    }

    private List<String> traceIds(String kpi, String period) {
        JsonNode trace = JSON.readTree(get("/kpis/" + kpi + "/trace?period=" + period + "&dimension=ALL",
                TestTokens.viewer()).body());
        return trace.path("events").values().stream().map(e -> e.path("id").asString()).toList();
    }

    private static void await(org.awaitility.core.ThrowingRunnable assertion) {
        org.awaitility.Awaitility.await().atMost(TIMEOUT).untilAsserted(assertion);
    }
}
