package nl.talentcharter.hrscans.it;

import static nl.talentcharter.testkit.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.talentcharter.contracts.EventSchemas;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.testkit.ServiceHttp.Reply;
import nl.talentcharter.testkit.TestTokens;
import nl.talentcharter.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The whole story from the outside, the refusals that change nothing, and who may do what. */
class ScanStoryTest extends HrScansIntegrationTest {

    @Test
    void member_joins_scan_is_requested_answered_completed_followed_up_and_closed() {
        try (TopicReader topic = scanTopic()) {
            String memberId = activeMember(Sector.CARE, "Heerlen", Region.ZUID_LIMBURG, 80);
            String memberUser = TestTokens.member(memberId);
            String operator = TestTokens.operator();

            Reply requested = post("/scans", memberUser, "{\"memberId\": \"" + memberId + "\", \"templateVersion\": 1}");
            assertThat(requested.status()).as(requested.body()).isEqualTo(201);
            String scanId = requested.json().get("id").asString();
            assertThat(requested.json().get("requestedBy").asString()).isEqualTo("MEMBER");
            schedule(scanId);

            Map<String, String> all = answersAtLevel(templates.get("hr-scan", 1), 2);
            Map<String, String> firstHalf = Map.of("swp-future-needs", all.get("swp-future-needs"),
                    "ob-plan", "arranged");
            Reply partial = post("/scans/" + scanId + "/answers", memberUser, answersJson(firstHalf));
            assertThat(partial.status()).as(partial.body()).isEqualTo(200);
            assertThat(partial.json().get("status").asString()).isEqualTo("IN_PROGRESS");
            assertThat(partial.json().get("unansweredRequired").size()).isPositive();
            Map<String, String> rest = new java.util.HashMap<>(all);
            rest.keySet().removeAll(firstHalf.keySet());
            assertThat(post("/scans/" + scanId + "/answers", operator, answersJson(rest)).status()).isEqualTo(200);

            Reply completed = post("/scans/" + scanId + "/complete", memberUser, null);
            assertThat(completed.status()).as(completed.body()).isEqualTo(200);
            JsonNode result = completed.json().get("result");
            assertThat(result.get("domains").size()).isEqualTo(10);
            // level 2 of 4 everywhere = 33.3, except onboarding's plan at level 3 (66.7): mean 50.0
            assertThat(result.get("domains").get(2).get("score").asDouble()).isEqualTo(50.0);
            assertThat(completed.json().get("followUpDueOn").asString()).isEqualTo(LocalDate.now().plusDays(30).toString());

            Reply followUp = post("/scans/" + scanId + "/follow-ups", operator, """
                    {"heldOn": "%s", "notes": "Goed gesprek met de directeur.",
                     "actionPoints": [{"description": "Inwerkplan voor productiemedewerkers", "owner": "HR-adviseur",
                                       "dueOn": "%s", "actionLine": "RETAIN"}]}
                    """.formatted(LocalDate.now(), LocalDate.now().plusMonths(3)));
            assertThat(followUp.status()).as(followUp.body()).isEqualTo(201);
            String actionPointId = followUp.json().get("actionPoints").get(0).get("id").asString();
            assertThat(post("/scans/" + scanId + "/action-points/" + actionPointId + "/done", memberUser, null).status())
                    .isEqualTo(200);
            Reply closed = post("/scans/" + scanId + "/close", operator, null);
            assertThat(closed.status()).as(closed.body()).isEqualTo(200);
            assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");

            List<ConsumerRecord<String, byte[]>> events = topic.awaitDistinctEvents(r -> scanId.equals(r.key()), 7, TIMEOUT);
            assertThat(events).extracting(HrScansIntegrationTest::shortType).containsExactly(
                    "hr-scan-requested.v1", "hr-scan-scheduled.v1", "hr-scan-completed.v1", "follow-up-held.v1",
                    "action-point-agreed.v1", "action-point-completed.v1", "hr-scan-closed.v1");
            assertThat(events).extracting(r -> header(r, "ce_sequence")).containsExactly("1", "2", "3", "4", "5", "6", "7");
            for (ConsumerRecord<String, byte[]> event : events) {
                assertThat(header(event, "ce_source")).isEqualTo("/talentcharter/hr-scans");
                assertThat(header(event, "ce_subject")).isEqualTo(scanId);
                assertThat(EventSchemas.publishViolations(header(event, "ce_type"), event.value()))
                        .as(shortType(event)).isEmpty();
                assertThat(JSON.readTree(event.value()).get("memberId").asString()).isEqualTo(memberId);
                // free text stays in the service
                assertThat(new String(event.value())).doesNotContain("directeur").doesNotContain("Inwerkplan")
                        .doesNotContain("HR-adviseur");
            }
            JsonNode completedEvent = JSON.readTree(events.get(2).value());
            assertThat(completedEvent.get("domainScores").size()).isEqualTo(10);

            Reply report = get("/scans/" + scanId + "/report", memberUser);
            assertThat(report.status()).isEqualTo(200);
            assertThat(report.contentType()).startsWith("text/html");
            assertThat(report.body()).contains("<svg", "Inwerken", "Afgesproken acties",
                    "Inwerkplan voor productiemedewerkers", "Waar de meeste winst te halen is");
        }
    }

    @Test
    void bad_input_is_a_problem_and_changes_nothing_and_publishes_nothing() {
        String memberId = activeMember();
        String operator = TestTokens.operator();
        String scanId = requestScan(memberId, 1);
        schedule(scanId);
        try (TopicReader topic = scanTopic()) {
            Document before = scanDocument(scanId);

            JsonNode outside = post("/scans/" + scanId + "/answers", operator,
                    answersJson(Map.of("ob-plan", "arranged", "swp-outflow", "maybe"))).problem(400);
            assertThat(outside.get("errors").toString()).contains("answers.swp-outflow");
            post("/scans/" + scanId + "/answers", operator, answersJson(Map.of("no-such-question", "arranged"))).problem(400);
            assertThat(post("/scans/" + scanId + "/complete", operator, null).problem(409).get("type").asString())
                    .endsWith("/scan-not-completable");
            assertThat(post("/scans/" + scanId + "/follow-ups", operator,
                    "{\"heldOn\": \"" + LocalDate.now() + "\"}").problem(409).get("type").asString())
                    .endsWith("/follow-up-not-possible");
            assertThat(post("/scans/" + scanId + "/close", operator, null).problem(409).get("type").asString())
                    .endsWith("/scan-not-closable");
            assertThat(scanDocument(scanId).get("scan", Document.class)).isEqualTo(before.get("scan", Document.class));
            assertThat(scanDocument(scanId).get("version")).isEqualTo(before.get("version"));

            String unknown = java.util.UUID.randomUUID().toString();
            assertThat(post("/scans", operator, "{\"memberId\": \"" + unknown + "\"}").problem(422).get("type")
                    .asString()).endsWith("/member-unknown");
            String suspended = activeMember();
            suspend(suspended);
            assertThat(post("/scans", operator, "{\"memberId\": \"" + suspended + "\"}").problem(422).get("type")
                    .asString()).endsWith("/member-not-active");
            assertThat(get("/scans?memberId=" + suspended, operator).json().size()).isZero();

            assertThat(topic.drain(DRAIN_WINDOW)).filteredOn(r -> scanId.equals(r.key())).isEmpty();
        }
        String completed = completedScan(memberId, 1, 3);
        try (TopicReader topic = scanTopic()) {
            assertThat(post("/scans/" + completed + "/answers", operator, answersJson(Map.of("ob-plan", "ad-hoc")))
                    .problem(409).get("type").asString()).endsWith("/scan-not-answerable");
            assertThat(post("/scans/" + completed + "/close", operator, null).problem(409).get("type").asString())
                    .endsWith("/follow-up-required");
            assertThat(post("/scans/" + completed + "/cancel", operator, null).problem(409).get("type").asString())
                    .endsWith("/scan-not-cancellable");
            assertThat(topic.drain(DRAIN_WINDOW)).filteredOn(r -> completed.equals(r.key())).isEmpty();
        }
    }

    @Test
    void operators_manage_all_scans_a_member_user_only_its_own_viewers_and_partners_none() {
        String memberId = activeMember();
        String other = activeMember();
        String scanId = requestScan(memberId, 1);
        schedule(scanId);
        String own = TestTokens.member(memberId);
        String stranger = TestTokens.member(other);

        assertThat(get("/scans/" + scanId, own).status()).isEqualTo(200);
        assertThat(get("/scans/" + scanId, TestTokens.operator()).status()).isEqualTo(200);
        get("/scans/" + scanId, stranger).problem(403);
        post("/scans/" + scanId + "/answers", stranger, answersJson(Map.of("ob-plan", "arranged"))).problem(403);
        get("/scans/" + scanId + "/report", stranger).problem(403);
        post("/scans", stranger, "{\"memberId\": \"" + memberId + "\"}").problem(403);
        get("/scans/" + scanId, TestTokens.viewer()).problem(403);
        get("/scans/" + scanId, TestTokens.partner("uwv", "hr-scans")).problem(403);
        get("/scans/" + scanId, null).problem(401);

        // advisors' steps are for operators
        post("/scans/" + scanId + "/schedule", own, "{\"date\": \"" + LocalDate.now() + "\"}").problem(403);
        post("/scans/" + scanId + "/close", own, null).problem(403);

        // a member user's list holds its own scans only, whatever it asks for
        assertThat(get("/scans", stranger).json().size()).isZero();
        assertThat(get("/scans", own).json().findValuesAsString("memberId")).containsOnly(memberId);
        get("/scans?memberId=" + memberId, stranger).problem(403);
        assertThat(get("/templates", TestTokens.viewer()).status()).isEqualTo(200);
    }
}
