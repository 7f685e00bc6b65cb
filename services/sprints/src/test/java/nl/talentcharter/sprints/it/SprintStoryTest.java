package nl.talentcharter.sprints.it;

import static nl.talentcharter.testkit.TopicReader.eachEventOnce;
import static nl.talentcharter.testkit.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.talentcharter.contracts.EventSchemas;
import nl.talentcharter.contracts.hrscans.DomainScore;
import nl.talentcharter.contracts.hrscans.HrScanCompleted;
import nl.talentcharter.contracts.hrscans.HrScanEvents;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.testkit.ServiceHttp.Reply;
import nl.talentcharter.testkit.TestTokens;
import nl.talentcharter.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** From the outside: scan completed -> interest inferred -> cohort proposed -> sprint -> sessions -> completed. */
class SprintStoryTest extends SprintsIntegrationTest {

    @Test
    void fromAScanGapToACompletedSprint() {
        // four companies in Zuid-Limburg with a vitality gap, one of them a front-runner that states interest
        String frontRunner = activeMember(Region.ZUID_LIMBURG, true);
        List<String> searching = new ArrayList<>();
        for (int i = 0; i < 3; i++) searching.add(activeMember(Region.ZUID_LIMBURG, false));
        for (String memberId : searching) {
            String scanId = UUID.randomUUID().toString();
            String ceId = publish(HrScanEvents.HR_SCAN_COMPLETED, scanId, new HrScanCompleted(scanId, memberId, "hr-scan", 2,
                    40, List.of(new DomainScore("vitality-and-employability", 20, List.of(ActionLine.RETAIN)),
                            new DomainScore("onboarding", 90, List.of(ActionLine.RETAIN))),
                    Instant.now(), LocalDate.now().plusDays(30)));
            await().atMost(TIMEOUT).until(() -> interestIn(memberId, "vitality"));
            // the same event again changes nothing
            publish(HrScanEvents.HR_SCAN_COMPLETED, scanId, new HrScanCompleted(scanId, memberId, "hr-scan", 2, 40,
                    List.of(new DomainScore("vitality-and-employability", 20, List.of())), Instant.now(),
                    LocalDate.now().plusDays(30)), ceId, 1);
        }
        Reply stated = put("/members/" + frontRunner + "/interests", TestTokens.member(frontRunner),
                "{\"themeIds\": [\"vitality\"]}");
        assertThat(stated.status()).as(stated.body()).isEqualTo(200);

        Reply proposal = post("/themes/vitality/cohort-proposals", TestTokens.operator(), null);
        assertThat(proposal.status()).as(proposal.body()).isEqualTo(201);
        JsonNode cohort = null;
        for (JsonNode c : proposal.json().get("cohorts")) {
            List<String> ids = new ArrayList<>();
            c.get("companies").forEach(p -> ids.add(p.get("memberId").asString()));
            if (ids.contains(frontRunner)) cohort = c;
        }
        assertThat(cohort).as(proposal.body()).isNotNull();
        List<String> cohortIds = new ArrayList<>();
        cohort.get("companies").forEach(p -> {
            cohortIds.add(p.get("memberId").asString());
            assertThat(p.get("reason").asString()).isNotBlank();
        });
        assertThat(cohortIds).containsAll(searching);

        try (TopicReader sprints = sprintTopic()) {
            String lead = searching.get(0);
            Reply created = post("/cohort-proposals/" + proposal.json().get("id").asString() + "/cohorts/"
                    + cohort.get("number").asInt() + "/accept", TestTokens.operator(),
                    "{\"challenge\": \"Keep older workers at work\", \"leadMemberId\": \"" + lead + "\"}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String sprintId = created.json().get("id").asString();
            assertThat(post("/sprints/" + sprintId + "/start", TestTokens.operator(), null).status()).isEqualTo(200);

            // bad input changes nothing
            assertThat(post("/sprints/" + sprintId + "/complete", TestTokens.member(lead),
                    "{\"whatWasTried\": \"rotation\"}").problem(409).get("type").asString()).endsWith("/too-few-sessions");
            assertThat(post("/sprints/" + sprintId + "/sessions", TestTokens.member(lead), session(List.of("stranger")))
                    .problem(422).get("type").asString()).endsWith("/not-a-participant");
            assertThat(post("/sprints/" + UUID.randomUUID() + "/sessions", TestTokens.operator(), session(List.of()))
                    .problem(404).get("type").asString()).endsWith("/sprint-not-found");
            assertThat(post("/sprints/" + sprintId + "/participants", TestTokens.member(lead), "{}")
                    .problem(409).get("type").asString()).endsWith("/already-participant");
            String suspended = activeMember();
            suspend(suspended);
            assertThat(post("/sprints/" + sprintId + "/participants", TestTokens.operator(),
                    "{\"memberId\": \"" + suspended + "\"}").problem(422).get("type").asString()).endsWith("/member-not-active");
            // security: a non-lead member cannot record sessions, a viewer sees no sprint
            post("/sprints/" + sprintId + "/sessions", TestTokens.member(searching.get(1)), session(cohortIds)).problem(403);
            get("/sprints/" + sprintId, TestTokens.viewer()).problem(403);
            assertThat(get("/sprints/" + sprintId, null).status()).isEqualTo(401);

            for (int i = 0; i < 3; i++) {
                Reply held = post("/sprints/" + sprintId + "/sessions", TestTokens.member(lead),
                        session(cohortIds.subList(0, cohortIds.size() - (i == 0 ? 1 : 0))));
                assertThat(held.status()).as(held.body()).isEqualTo(201);
            }
            Reply completed = post("/sprints/" + sprintId + "/complete", TestTokens.member(lead),
                    "{\"whatWasTried\": \"Job rotation on heavy lines\", \"practicesShared\": [\"rotation schedule\"],"
                            + " \"agreementsToContinue\": [\"meet twice a year\"]}");
            assertThat(completed.status()).as(completed.body()).isEqualTo(200);
            assertThat(completed.json().get("status").asString()).isEqualTo("COMPLETED");

            // the last event first: the relay may deliver one twice, so counting records would stop too early
            sprints.await(r -> sprintId.equals(r.key()) && shortType(r).equals("sprint-completed.v1"), TIMEOUT);
            List<ConsumerRecord<String, byte[]>> events = eachEventOnce(sprints.awaitCount(
                    r -> sprintId.equals(r.key()), 6, TIMEOUT));
            assertThat(events).extracting(SprintsIntegrationTest::shortType).containsExactly(
                    "sprint-proposed.v1", "sprint-started.v1", "sprint-session-held.v1", "sprint-session-held.v1",
                    "sprint-session-held.v1", "sprint-completed.v1");
            events.forEach(r -> assertThat(EventSchemas.publishViolations(header(r, "ce_type"), r.value())).isEmpty());
            JsonNode firstSession = JSON.readTree(events.get(2).value());
            assertThat(firstSession.get("companiesPresent").asInt()).isEqualTo(cohortIds.size() - 1);
            assertThat(firstSession.get("companiesExpected").asInt()).isEqualTo(cohortIds.size());
            JsonNode done = JSON.readTree(events.get(5).value());
            assertThat(done.get("sessionsHeld").asInt()).isEqualTo(3);
            assertThat(done.get("practicesShared").asInt()).isEqualTo(1);
            assertThat(sprints.drain(DRAIN_WINDOW)).filteredOn(r -> sprintId.equals(r.key()))
                    .allMatch(r -> events.stream().anyMatch(e -> header(e, "ce_id").equals(header(r, "ce_id"))));
        }
    }

    private String session(List<String> present) {
        return "{\"heldOn\": \"" + LocalDate.now() + "\", \"agenda\": \"What works\", \"presentMemberIds\": "
                + JSON.writeValueAsString(present) + ", \"notes\": \"good\"}";
    }

    private boolean interestIn(String memberId, String themeId) {
        Reply interests = get("/members/" + memberId + "/interests", TestTokens.operator());
        if (interests.status() != 200) return false;
        for (JsonNode interest : interests.json()) {
            if (interest.get("themeId").asString().equals(themeId) && interest.get("gapsAnswered").size() > 0) return true;
        }
        return false;
    }
}
