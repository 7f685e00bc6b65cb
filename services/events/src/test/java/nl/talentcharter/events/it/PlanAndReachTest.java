package nl.talentcharter.events.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.talentcharter.contracts.members.FirstContact;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.contracts.members.MemberJoined;
import nl.talentcharter.contracts.vocabulary.FirstContactChannel;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import nl.talentcharter.testkit.ServiceHttp.Reply;
import nl.talentcharter.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The yearly plan against its targets (2 labour-market events, 1 labour-market and 4 education governance
 * meetings) and the reach report. Each test owns a year no other test schedules in.
 */
class PlanAndReachTest extends EventsIntegrationTest {

    String scheduleOn(String kind, String date, String extra) {
        return schedule("""
                {"kind": "%s", "title": "Plan %s", "date": "%s", "startTime": "10:00", "endTime": "12:00",
                 "placeName": "Roermond", "audience": "OPEN" %s}
                """.formatted(kind, kind, date, extra == null ? "" : ", " + extra));
    }

    static JsonNode line(JsonNode plan, String kind) {
        return plan.path("lines").valueStream().filter(l -> kind.equals(l.path("kind").asString())).findFirst()
                .orElseThrow();
    }

    @Test
    void aPastYearCountsHeldGatheringsAgainstTheTargetsAndLeavesCancelledOnesOut() {
        scheduleOn("LABOUR_MARKET_EVENT", "2019-03-14", null);
        scheduleOn("LABOUR_MARKET_EVENT", "2019-10-03", null);
        String cancelled = scheduleOn("LABOUR_MARKET_EVENT", "2019-11-21", null);
        assertThat(post("/events/" + cancelled + "/cancel", TestTokens.operator(), "{\"reason\": \"storm\"}").status())
                .isEqualTo(200);
        scheduleOn("LABOUR_MARKET_GOVERNANCE_MEETING", "2019-06-06", null);
        scheduleOn("EDUCATION_GOVERNANCE_MEETING", "2019-02-07", null);
        scheduleOn("WORK_VISIT", "2019-04-04", "\"visitedMemberId\": \"m-visited\"");
        scheduleOn("LABOUR_MARKET_EVENT", "2020-01-01", null); // next year: not counted

        Reply response = get("/plan/2019", TestTokens.viewer());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode plan = response.json();
        assertThat(plan.path("year").asInt()).isEqualTo(2019);
        JsonNode events = line(plan, "LABOUR_MARKET_EVENT");
        assertThat(events.path("target").asInt()).isEqualTo(2);
        assertThat(events.path("planned").asInt()).isEqualTo(2);
        assertThat(events.path("held").asInt()).isEqualTo(2);
        assertThat(events.path("cancelled").asInt()).isEqualTo(1);
        assertThat(events.path("met").asBoolean()).isTrue();
        JsonNode labourMeeting = line(plan, "LABOUR_MARKET_GOVERNANCE_MEETING");
        assertThat(labourMeeting.path("target").asInt()).isEqualTo(1);
        assertThat(labourMeeting.path("met").asBoolean()).isTrue();
        JsonNode education = line(plan, "EDUCATION_GOVERNANCE_MEETING");
        assertThat(education.path("target").asInt()).isEqualTo(4);
        assertThat(education.path("held").asInt()).isEqualTo(1);
        assertThat(education.path("onTrack").asBoolean()).isFalse();
        assertThat(education.path("met").asBoolean()).isFalse();
        assertThat(line(plan, "WORK_VISIT").path("planned").asInt()).isEqualTo(1);
        assertThat(line(plan, "WORK_VISIT").path("target").asInt()).isZero();
    }

    @Test
    void aFutureYearIsPlannedButNotHeld() {
        scheduleOn("LABOUR_MARKET_EVENT", "2099-05-01", null);
        scheduleOn("LABOUR_MARKET_EVENT", "2099-09-01", null);
        JsonNode events = line(get("/plan/2099", TestTokens.operator()).json(), "LABOUR_MARKET_EVENT");
        assertThat(events.path("planned").asInt()).isEqualTo(2);
        assertThat(events.path("held").asInt()).isZero();
        assertThat(events.path("onTrack").asBoolean()).isTrue();
        assertThat(events.path("met").asBoolean()).isFalse();
    }

    @Test
    void reachCountsCheckedInAttendeesPerOrganisationAndTheMembersAnEventBroughtIn() {
        String alpha = "m-" + UUID.randomUUID();
        String beta = "m-" + UUID.randomUUID();
        String event = scheduleOn("LABOUR_MARKET_EVENT", "2097-05-01", null);
        String cancelledEvent = scheduleOn("LABOUR_MARKET_EVENT", "2097-06-01", null);
        try (MembersTopic members = new MembersTopic()) {
            members.publish(MemberEvents.MEMBER_JOINED, alpha, 1, new MemberJoined(alpha, 1,
                    MembersTopic.profile("Alpha B.V.", SizeClass.SME, Region.NOORD_LIMBURG), LocalDate.of(2026, 1, 5),
                    null));
            members.publish(MemberEvents.MEMBER_JOINED, beta, 1, new MemberJoined(beta, 1,
                    MembersTopic.profile("Beta N.V.", SizeClass.LARGE, Region.ZUID_LIMBURG), LocalDate.of(2026, 2, 9),
                    new FirstContact(FirstContactChannel.EVENT, event)));
        }
        awaitSnapshot(alpha, d -> "Alpha B.V.".equals(d.getString("legalName")));
        awaitSnapshot(beta, d -> "EVENT".equals(d.getString("firstContactChannel")));

        checkIn(event, registerContact(event, alpha, "c-a1"));
        checkIn(event, registerContact(event, alpha, "c-a2"));
        checkIn(event, registerContact(event, beta, "c-b1"));
        registerContact(event, alpha, "c-absent"); // registered, never came: not reached
        checkIn(event, registerGuest(event, "10.9.0.1", "one@zorgzuid.example"));
        checkIn(event, registerGuest(event, "10.9.0.2", "two@zorgzuid.example"));
        checkIn(cancelledEvent, registerContact(cancelledEvent, alpha, "c-a1"));
        post("/events/" + cancelledEvent + "/cancel", TestTokens.operator(), "{\"reason\": \"venue\"}");

        Reply response = get("/reach/2097", TestTokens.viewer());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode reach = response.json();
        assertThat(reach.path("attendees").asInt()).isEqualTo(5);
        assertThat(reach.path("organisations").valueStream()
                .map(o -> o.path("name").asString() + ":" + o.path("attendees").asInt()))
                .containsExactly("Alpha B.V.:2", "Zorg Zuid:2", "Beta N.V.:1");
        assertThat(reach.path("smeShare").asDouble()).isEqualTo(0.667);
        assertThat(reach.path("organisationsPerRegion").path("NOORD_LIMBURG").asInt()).isEqualTo(1);
        assertThat(reach.path("organisationsPerRegion").path("ZUID_LIMBURG").asInt()).isEqualTo(2);
        assertThat(reach.path("nonMemberShare").asDouble()).isEqualTo(0.4);
        assertThat(reach.path("membersThroughEvents").valueStream()
                .map(m -> m.path("memberId").asString() + "@" + m.path("eventId").asString()))
                .containsExactly(beta + "@" + event);
    }

    void checkIn(String eventId, Reply registration) {
        assertThat(registration.status()).as(registration.body()).isEqualTo(201);
        Reply checkedIn = post("/events/" + eventId + "/check-ins", TestTokens.operator(),
                "{\"registrationId\": \"" + registration.json().get("id").asString() + "\"}");
        assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(200);
    }

    @Test
    void plansAndReachAreForOperatorsAndViewersAndYearsAreChecked() {
        for (String path : new String[] {"/plan/2030", "/reach/2030"}) {
            get(path, null).isProblem(401, "unauthenticated");
            get(path, TestTokens.member("m-1")).isProblem(403, "access-denied");
            get(path, TestTokens.partner("uwv", "events")).isProblem(403, "access-denied");
            assertThat(get(path, TestTokens.operator()).status()).isEqualTo(200);
        }
        get("/plan/1999", TestTokens.viewer()).isProblem(400, "invalid-parameter");
        get("/reach/abc", TestTokens.viewer()).isProblem(400, "invalid-parameter");
    }
}
