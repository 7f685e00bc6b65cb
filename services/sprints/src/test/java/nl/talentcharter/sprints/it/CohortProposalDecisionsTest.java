package nl.talentcharter.sprints.it;

import static nl.talentcharter.testkit.TopicReader.eachEventOnce;
import static nl.talentcharter.testkit.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.talentcharter.contracts.EventSchemas;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.testkit.ServiceHttp.Reply;
import nl.talentcharter.testkit.TestTokens;
import nl.talentcharter.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** From the outside: a stored cohort proposal that operators adjust, accept (twice) or reject. */
class CohortProposalDecisionsTest extends SprintsIntegrationTest {

    @Test
    void anAdjustedCohortIsAcceptedOnceIntoASprintThatNamesTheProposal() {
        String themeId = freshTheme();
        List<String> interested = interestedCompanies(themeId, 5);
        String extra = activeMember(Region.NOORD_LIMBURG, false);
        String suspended = activeMember();
        suspend(suspended);

        assertThat(post("/themes/" + themeId + "/cohort-proposals", TestTokens.member(extra), null).status()).isEqualTo(403);
        Reply proposed = post("/themes/" + themeId + "/cohort-proposals", TestTokens.operator(), null);
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        String proposalId = proposed.json().get("id").asString();
        assertThat(proposed.json().get("cohorts")).hasSize(1);
        assertThat(memberIds(proposed.json(), 1)).containsExactlyInAnyOrderElementsOf(interested);
        assertThat(proposed.json().get("cohorts").get(0).get("decision").asString()).isEqualTo("OPEN");
        String cohortPath = "/cohort-proposals/" + proposalId + "/cohorts/1";

        // adjustments that break a rule change nothing
        String stored = get("/cohort-proposals/" + proposalId, TestTokens.operator()).body();
        assertThat(post(cohortPath + "/adjust", TestTokens.operator(), removing(interested.subList(0, 2)))
                .problem(422).get("detail").asString()).contains("would have 3 companies").contains("4 to 8");
        assertThat(post(cohortPath + "/adjust", TestTokens.operator(), "{\"addMemberIds\": [\"" + suspended + "\"]}")
                .problem(422).get("type").asString()).endsWith("/member-not-active");
        assertThat(post(cohortPath + "/adjust", TestTokens.operator(), removing(List.of(extra)))
                .problem(422).get("type").asString()).endsWith("/not-in-cohort");
        post("/cohort-proposals/" + proposalId + "/cohorts/2/adjust", TestTokens.operator(), removing(List.of(extra)))
                .problem(404);
        post(cohortPath + "/adjust", TestTokens.member(interested.get(0)), removing(List.of(interested.get(4)))).problem(403);
        assertThat(get("/cohort-proposals/" + proposalId, TestTokens.operator()).body()).isEqualTo(stored);

        String leaving = interested.get(4);
        Reply adjusted = post(cohortPath + "/adjust", TestTokens.operator(),
                "{\"addMemberIds\": [\"" + extra + "\"], \"removeMemberIds\": [\"" + leaving + "\"]}");
        assertThat(adjusted.status()).as(adjusted.body()).isEqualTo(200);
        List<String> cohort = memberIds(adjusted.json(), 1);
        assertThat(cohort).contains(extra).doesNotContain(leaving).hasSize(5);
        assertThat(adjusted.json().get("cohorts").get(0).get("companies").get(4).get("reason").asString())
                .contains("Added by an operator");

        post(cohortPath + "/accept", TestTokens.operator(), "{\"challenge\": \"Keep talent\", \"leadMemberId\": \""
                + leaving + "\"}").problem(422);

        try (TopicReader sprints = sprintTopic()) {
            String lead = cohort.get(1);
            Reply accepted = post(cohortPath + "/accept", TestTokens.operator(),
                    "{\"challenge\": \"Keep young talent\", \"leadMemberId\": \"" + lead + "\"}");
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
            String sprintId = accepted.json().get("id").asString();
            assertThat(accepted.json().get("cohortProposalId").asString()).isEqualTo(proposalId);
            assertThat(accepted.json().get("status").asString()).isEqualTo("PROPOSED");

            Reply again = post(cohortPath + "/accept", TestTokens.operator(), "{\"challenge\": \"Something else\"}");
            assertThat(again.status()).as(again.body()).isEqualTo(200);
            assertThat(again.json().get("id").asString()).isEqualTo(sprintId);
            assertThat(again.json().get("challenge").asString()).isEqualTo("Keep young talent");

            JsonNode decided = get("/cohort-proposals/" + proposalId, TestTokens.operator()).json().get("cohorts").get(0);
            assertThat(decided.get("decision").asString()).isEqualTo("ACCEPTED");
            assertThat(decided.get("sprintId").asString()).isEqualTo(sprintId);
            assertThat(post(cohortPath + "/reject", TestTokens.operator(), "{\"reason\": \"late\"}")
                    .problem(409).get("type").asString()).endsWith("/cohort-decided");
            post(cohortPath + "/adjust", TestTokens.operator(), removing(List.of(extra))).problem(409);

            ConsumerRecord<String, byte[]> event = sprints.await(r -> sprintId.equals(r.key()), TIMEOUT);
            assertThat(shortType(event)).isEqualTo("sprint-proposed.v1");
            assertThat(EventSchemas.publishViolations(header(event, "ce_type"), event.value())).isEmpty();
            JsonNode payload = JSON.readTree(event.value());
            assertThat(payload.get("cohortProposalId").asString()).isEqualTo(proposalId);
            assertThat(payload.get("leadMemberId").asString()).isEqualTo(lead);
            List<String> members = new ArrayList<>();
            payload.get("memberIds").forEach(m -> members.add(m.asString()));
            assertThat(members).containsExactlyInAnyOrderElementsOf(cohort);
            // accepting twice announced the sprint once
            assertThat(eachEventOnce(sprints.drain(DRAIN_WINDOW))).filteredOn(r -> sprintId.equals(r.key()))
                    .allMatch(r -> header(r, "ce_id").equals(header(event, "ce_id")));
        }
    }

    @Test
    void aRejectedCohortKeepsItsReasonAndNeverBecomesASprint() {
        String themeId = freshTheme();
        interestedCompanies(themeId, 4);
        String proposalId = post("/themes/" + themeId + "/cohort-proposals", TestTokens.operator(), null).json()
                .get("id").asString();
        String cohortPath = "/cohort-proposals/" + proposalId + "/cohorts/1";

        post(cohortPath + "/reject", TestTokens.operator(), "{\"reason\": \" \"}").problem(400);
        Reply rejected = post(cohortPath + "/reject", TestTokens.operator(), "{\"reason\": \"they met last year\"}");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        JsonNode cohort = rejected.json().get("cohorts").get(0);
        assertThat(cohort.get("decision").asString()).isEqualTo("REJECTED");
        assertThat(cohort.get("rejectReason").asString()).isEqualTo("they met last year");

        assertThat(post(cohortPath + "/accept", TestTokens.operator(), "{\"challenge\": \"Try anyway\"}")
                .problem(409).get("type").asString()).endsWith("/cohort-rejected");
        for (JsonNode sprint : get("/sprints?status=PROPOSED", TestTokens.operator()).json()) {
            assertThat(sprint.path("cohortProposalId").toString()).doesNotContain(proposalId);
        }
        get("/cohort-proposals/" + java.util.UUID.randomUUID(), TestTokens.operator()).problem(404);
        assertThat(get("/cohort-proposals?themeId=" + themeId, TestTokens.operator()).json()).singleElement()
                .satisfies(p -> assertThat(p.get("id").asString()).isEqualTo(proposalId));
    }

    /** Active companies in Zuid-Limburg that state interest in the theme, the first a front-runner. */
    private List<String> interestedCompanies(String themeId, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String memberId = activeMember(Region.ZUID_LIMBURG, i == 0);
            statesInterest(memberId, themeId);
            ids.add(memberId);
        }
        return ids;
    }

    private static List<String> memberIds(JsonNode proposal, int number) {
        List<String> ids = new ArrayList<>();
        for (JsonNode cohort : proposal.get("cohorts")) {
            if (cohort.get("number").asInt() == number) {
                cohort.get("companies").forEach(c -> ids.add(c.get("memberId").asString()));
            }
        }
        return ids;
    }

    private static String removing(List<String> memberIds) {
        return "{\"removeMemberIds\": " + JSON.writeValueAsString(memberIds) + "}";
    }
}
