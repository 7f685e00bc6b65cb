package nl.talentcharter.events.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.talentcharter.contracts.events.EventsEvents;
import nl.talentcharter.testkit.ServiceHttp.Reply;
import nl.talentcharter.testkit.TestTokens;
import nl.talentcharter.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Governance meetings keep invited parties, agenda, minutes and decisions (only decisions are published);
 * work visits publish what was heard, never who visited.
 */
class GovernanceAndWorkVisitTest extends EventsIntegrationTest {

    static String educationMeeting() {
        return """
                {"kind": "EDUCATION_GOVERNANCE_MEETING", "title": "Bestuurlijk overleg onderwijs", "date": "%s",
                 "startTime": "10:00", "endTime": "12:00", "placeName": "Maastricht", "audience": "MEMBERS_ONLY"}
                """.formatted(futureDate());
    }

    static String workVisit(String memberId) {
        return """
                {"kind": "WORK_VISIT", "title": "Werkbezoek", "date": "%s", "startTime": "09:30", "endTime": "11:00",
                 "placeName": "Sittard", "audience": "MEMBERS_ONLY", "visitedMemberId": "%s"}
                """.formatted(futureDate(), memberId);
    }

    static final String DECISION = """
            {"decision": "Start a shared technician pathway mbo-hbo", "decidedOn": "2026-03-02",
             "actions": [{"description": "Draft the pathway", "owner": "Zuyd Hogeschool", "dueOn": "2026-06-01"},
                         {"description": "Find ten employers", "owner": "Werkgeversservicepunt", "dueOn": "2026-05-01"}]}
            """;

    static final String VISIT_REPORT = """
            {"visitedOn": "2026-02-10", "visitors": ["Gedeputeerde A. Jansen", "P. de Vries"],
             "heard": [{"kind": "CHALLENGE", "summary": "Cannot find maintenance technicians",
                        "actionLines": ["ATTRACT", "DEVELOP"], "tags": ["technicians", "maintenance"]},
                       {"kind": "THEME", "summary": "Wants to train own staff in automation",
                        "actionLines": ["DEVELOP"], "tags": ["automation"]}],
             "followUps": [{"description": "Introduce to the regional learning hub", "owner": "Provincie Limburg",
                            "dueOn": "2026-03-15"}]}
            """;

    @Test
    void aMeetingKeepsAgendaMinutesAndDecisionsAndPublishesEachDecisionWithItsActions() {
        TopicReader topic = eventsTopic();
        String id = schedule(educationMeeting());
        Reply agenda = send("PUT", "/events/" + id + "/governance/agenda", TestTokens.operator(), "application/json",
                "{\"invitedParties\": [\"Vista college\", \"Zuyd Hogeschool\", \"Maastricht University\"],"
                        + " \"agenda\": [\"Opening\", \"Technician shortage\"]}");
        assertThat(agenda.status()).as(agenda.body()).isEqualTo(200);
        Reply minutes = send("PUT", "/events/" + id + "/governance/minutes", TestTokens.operator(),
                "application/json", "{\"minutes\": \"All three levels agreed on a shared pathway.\"}");
        assertThat(minutes.status()).as(minutes.body()).isEqualTo(200);

        try (topic) {
            Reply decided = post("/events/" + id + "/governance/decisions", TestTokens.operator(), DECISION);
            assertThat(decided.status()).as(decided.body()).isEqualTo(201);
            String decisionId = decided.json().get("id").asString();

            ConsumerRecord<String, byte[]> record = topic.await(r -> id.equals(r.key())
                    && EventsEvents.GOVERNANCE_DECISION_RECORDED.type().equals(typeOf(r)), EVENT_TIMEOUT);
            JsonNode payload = validPayload(record);
            assertThat(payload.path("decisionId").asString()).isEqualTo(decisionId);
            assertThat(payload.path("kind").asString()).isEqualTo("EDUCATION_GOVERNANCE_MEETING");
            assertThat(payload.path("decidedOn").asString()).isEqualTo("2026-03-02");
            assertThat(payload.path("actions").valueStream().map(a -> a.path("owner").asString() + "@"
                    + a.path("dueOn").asString()))
                    .containsExactly("Zuyd Hogeschool@2026-06-01", "Werkgeversservicepunt@2026-05-01");
            assertThat(new String(record.value())).doesNotContain("All three levels").doesNotContain("Opening");
            assertThat(topic.drain(DRAIN_WINDOW).stream().filter(r -> id.equals(r.key())).map(EventsIntegrationTest::typeOf))
                    .as("agenda and minutes publish nothing").containsExactly(EventsEvents.EVENT_SCHEDULED.type(),
                            EventsEvents.GOVERNANCE_DECISION_RECORDED.type());
        }

        JsonNode governance = get("/events/" + id + "/governance", TestTokens.viewer()).json();
        assertThat(governance.path("invitedParties").valueStream().map(JsonNode::asString))
                .containsExactly("Vista college", "Zuyd Hogeschool", "Maastricht University");
        assertThat(governance.path("agenda").size()).isEqualTo(2);
        assertThat(governance.path("minutes").asString()).startsWith("All three levels");
        assertThat(governance.path("decisions").get(0).path("actions").size()).isEqualTo(2);
    }

    @Test
    void aWorkVisitReportPublishesWhatWasHeardWithoutTheVisitorsOrFollowUpOwners() {
        String member = "m-" + UUID.randomUUID();
        String id = schedule(workVisit(member));
        try (TopicReader topic = eventsTopic()) {
            Reply reported = send("PUT", "/events/" + id + "/visit-report", TestTokens.operator(),
                    "application/json", VISIT_REPORT);
            assertThat(reported.status()).as(reported.body()).isEqualTo(200);

            ConsumerRecord<String, byte[]> record = topic.await(r -> id.equals(r.key())
                    && EventsEvents.WORK_VISIT_REPORTED.type().equals(typeOf(r)), EVENT_TIMEOUT);
            JsonNode payload = validPayload(record);
            assertThat(payload.path("visitedMemberId").asString()).isEqualTo(member);
            assertThat(payload.path("visitedOn").asString()).isEqualTo("2026-02-10");
            assertThat(payload.path("followUps").asInt()).isEqualTo(1);
            JsonNode challenge = payload.path("heard").get(0);
            assertThat(challenge.path("kind").asString()).isEqualTo("CHALLENGE");
            assertThat(challenge.path("actionLines").valueStream().map(JsonNode::asString))
                    .containsExactly("ATTRACT", "DEVELOP");
            assertThat(challenge.path("tags").valueStream().map(JsonNode::asString))
                    .containsExactly("technicians", "maintenance");
            assertThat(new String(record.value())).doesNotContain("Jansen").doesNotContain("de Vries")
                    .doesNotContain("Provincie Limburg").doesNotContain("learning hub");
        }
        JsonNode report = get("/events/" + id + "/visit-report", TestTokens.operator()).json();
        assertThat(report.path("report").path("visitors").size()).isEqualTo(2);
        assertThat(report.path("report").path("followUps").get(0).path("owner").asString()).isEqualTo("Provincie Limburg");
    }

    @Test
    void badGovernanceAndVisitInputIsRefusedStoresNothingAndPublishesNothing() {
        TopicReader topic = eventsTopic();
        String meeting = schedule(educationMeeting());
        String visit = schedule(workVisit("m-" + UUID.randomUUID()));
        Document meetingBefore = rawGathering(meeting).get("gathering", Document.class);
        Document visitBefore = rawGathering(visit).get("gathering", Document.class);
        try (topic) {
            Reply noDate = post("/events/" + meeting + "/governance/decisions", TestTokens.operator(),
                    DECISION.replace("\"decidedOn\": \"2026-03-02\",", "")).isProblem(400, "validation-failed");
            assertThat(noDate.json().path("errors").toString()).contains("decidedOn");
            post("/events/" + meeting + "/governance/decisions", TestTokens.operator(),
                    DECISION.replace("\"dueOn\": \"2026-06-01\"", "\"dueOn\": null")).isProblem(400, "validation-failed");
            post("/events/" + meeting + "/governance/decisions", TestTokens.operator(),
                    DECISION.replace("\"owner\": \"Zuyd Hogeschool\",", "")).isProblem(400, "validation-failed");
            post("/events/" + meeting + "/governance/decisions", TestTokens.operator(),
                    "{\"decision\": \"x\", \"decidedOn\": \"not a date\"}").isProblem(400, "malformed-request");
            post("/events/" + meeting + "/governance/decisions", TestTokens.operator(),
                    DECISION.replace("\"owner\": \"Zuyd Hogeschool\"", "\"owner\": \"j.jansen@zuyd.nl\""))
                    .isProblem(400, "validation-failed");
            send("PUT", "/events/" + meeting + "/governance/minutes", TestTokens.operator(), "application/json",
                    "{\"minutes\": \"  \"}").isProblem(400, "validation-failed");
            send("PUT", "/events/" + meeting + "/governance/agenda", TestTokens.operator(), "application/json",
                    "{\"invitedParties\": [null], \"agenda\": []}").isProblem(400, "validation-failed");
            send("PUT", "/events/" + meeting + "/visit-report", TestTokens.operator(), "application/json",
                    VISIT_REPORT).isProblem(409, "wrong-kind");

            send("PUT", "/events/" + visit + "/visit-report", TestTokens.operator(), "application/json",
                    VISIT_REPORT.replace("Cannot find maintenance technicians",
                            "Call j.jansen@example.org about technicians")).isProblem(400, "validation-failed");
            send("PUT", "/events/" + visit + "/visit-report", TestTokens.operator(), "application/json",
                    VISIT_REPORT.replace("\"automation\"]", "\"Not A Tag\"]")).isProblem(400, "validation-failed");
            send("PUT", "/events/" + visit + "/visit-report", TestTokens.operator(), "application/json",
                    "{\"visitedOn\": \"2026-02-10\", \"heard\": []}").isProblem(400, "validation-failed");
            send("PUT", "/events/" + visit + "/visit-report", TestTokens.operator(), "application/json",
                    VISIT_REPORT.replace("\"visitedOn\": \"2026-02-10\",", "")).isProblem(400, "validation-failed");
            post("/events/" + visit + "/governance/decisions", TestTokens.operator(), DECISION)
                    .isProblem(409, "wrong-kind");
            get("/events/" + visit + "/visit-report", TestTokens.operator()).isProblem(404, "visit-report-not-found");

            assertThat(topic.drain(DRAIN_WINDOW).stream().filter(r -> meeting.equals(r.key()) || visit.equals(r.key()))
                    .map(EventsIntegrationTest::typeOf)).containsOnly(EventsEvents.EVENT_SCHEDULED.type());
        }
        assertThat(rawGathering(meeting).get("gathering", Document.class)).isEqualTo(meetingBefore);
        assertThat(rawGathering(visit).get("gathering", Document.class)).isEqualTo(visitBefore);
    }

    @Test
    void operatorsKeepTheRecordViewersReadTheMeetingAndNoOneElseGetsIn() {
        String meeting = schedule(educationMeeting());
        String visit = schedule(workVisit("m-" + UUID.randomUUID()));
        for (String token : new String[] {TestTokens.viewer(), TestTokens.member("m-1"), TestTokens.partner("uwv", "events")}) {
            post("/events/" + meeting + "/governance/decisions", token, DECISION).isProblem(403, "access-denied");
            send("PUT", "/events/" + meeting + "/governance/minutes", token, "application/json", "{\"minutes\": \"x\"}")
                    .isProblem(403, "access-denied");
            send("PUT", "/events/" + visit + "/visit-report", token, "application/json", VISIT_REPORT)
                    .isProblem(403, "access-denied");
            get("/events/" + visit + "/visit-report", token).isProblem(403, "access-denied");
        }
        post("/events/" + meeting + "/governance/decisions", null, DECISION).isProblem(401, "unauthenticated");
        assertThat(get("/events/" + meeting + "/governance", TestTokens.viewer()).status()).isEqualTo(200);
        get("/events/" + meeting + "/governance", TestTokens.member("m-1")).isProblem(403, "access-denied");
        assertThat(rawGathering(meeting).get("gathering", Document.class).get("governance", Document.class)
                .getList("decisions", Document.class)).isEmpty();
    }
}
