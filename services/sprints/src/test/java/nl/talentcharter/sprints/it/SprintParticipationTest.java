package nl.talentcharter.sprints.it;

import static nl.talentcharter.testkit.TopicReader.eachEventOnce;
import static nl.talentcharter.testkit.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.talentcharter.contracts.EventSchemas;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.contracts.members.MemberJoined;
import nl.talentcharter.contracts.members.MemberProfileChanged;
import nl.talentcharter.contracts.members.MembershipEnded;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.sprints.persistence.CompanyRecord;
import nl.talentcharter.testkit.ServiceHttp.Reply;
import nl.talentcharter.testkit.TestTokens;
import nl.talentcharter.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** From the outside: companies joining and leaving, cancelling, what a member sees, ended memberships. */
class SprintParticipationTest extends SprintsIntegrationTest {

    @Test
    void companiesJoinAndLeaveWithAReason() {
        String lead = activeMember();
        String joiner = activeMember();
        try (TopicReader sprints = sprintTopic()) {
            String sprintId = startedSprint("vitality", lead, List.of());

            Reply joined = post("/sprints/" + sprintId + "/participants", TestTokens.member(joiner), "{}");
            assertThat(joined.status()).as(joined.body()).isEqualTo(200);
            post("/sprints/" + sprintId + "/participants", TestTokens.member(joiner), "{}").problem(409);
            post("/sprints/" + sprintId + "/participants", TestTokens.member(joiner),
                    "{\"memberId\": \"" + lead + "\"}").problem(403);
            post("/sprints/" + sprintId + "/leave", TestTokens.member(lead), "{\"reason\": \"busy\"}").problem(409);
            post("/sprints/" + sprintId + "/leave", TestTokens.member(joiner), "{\"reason\": \"\"}").problem(400);
            Reply left = post("/sprints/" + sprintId + "/leave", TestTokens.member(joiner),
                    "{\"reason\": \"  no time this spring \"}");
            assertThat(left.status()).as(left.body()).isEqualTo(200);
            assertThat(post("/sprints/" + sprintId + "/leave", TestTokens.member(joiner), "{\"reason\": \"again\"}")
                    .problem(422).get("type").asString()).endsWith("/not-a-participant");

            // the last event first: the relay may deliver one twice, so counting records would stop too early
            sprints.await(r -> sprintId.equals(r.key()) && shortType(r).equals("company-left-sprint.v1"), TIMEOUT);
            List<ConsumerRecord<String, byte[]>> events = eachEventOnce(sprints.awaitCount(r -> sprintId.equals(r.key()), 4,
                    TIMEOUT));
            assertThat(events).extracting(SprintsIntegrationTest::shortType).containsExactly("sprint-proposed.v1",
                    "sprint-started.v1", "company-joined-sprint.v1", "company-left-sprint.v1");
            events.forEach(r -> assertThat(EventSchemas.publishViolations(header(r, "ce_type"), r.value())).isEmpty());
            assertThat(JSON.readTree(events.get(2).value()).get("memberId").asString()).isEqualTo(joiner);
            JsonNode leaving = JSON.readTree(events.get(3).value());
            assertThat(leaving.get("memberId").asString()).isEqualTo(joiner);
            assertThat(leaving.get("reason").asString()).isEqualTo("no time this spring");
            assertThat(eachEventOnce(sprints.drain(DRAIN_WINDOW))).filteredOn(r -> sprintId.equals(r.key()))
                    .allMatch(r -> events.stream().anyMatch(e -> header(e, "ce_id").equals(header(r, "ce_id"))));
        }
    }

    @Test
    void aCancelledSprintTakesNoMoreSteps() {
        String lead = activeMember();
        String other = activeMember();
        try (TopicReader sprints = sprintTopic()) {
            String sprintId = startedSprint("vitality", lead, List.of());
            post("/sprints/" + sprintId + "/cancel", TestTokens.member(lead), "{\"reason\": \"stop\"}").problem(403);
            post("/sprints/" + sprintId + "/cancel", TestTokens.operator(), "{}").problem(400);
            Reply cancelled = post("/sprints/" + sprintId + "/cancel", TestTokens.operator(),
                    "{\"reason\": \"facilitator ill\"}");
            assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
            assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");

            assertThat(post("/sprints/" + sprintId + "/cancel", TestTokens.operator(), "{\"reason\": \"again\"}")
                    .problem(409).get("type").asString()).endsWith("/cancel-not-possible");
            assertThat(post("/sprints/" + sprintId + "/participants", TestTokens.member(other), "{}")
                    .problem(409).get("type").asString()).endsWith("/join-not-possible");
            post("/sprints/" + sprintId + "/start", TestTokens.operator(), null).problem(409);

            ConsumerRecord<String, byte[]> event = sprints.await(r -> sprintId.equals(r.key())
                    && shortType(r).equals("sprint-cancelled.v1"), TIMEOUT);
            assertThat(EventSchemas.publishViolations(header(event, "ce_type"), event.value())).isEmpty();
            assertThat(JSON.readTree(event.value()).get("reason").asString()).isEqualTo("facilitator ill");
            assertThat(eachEventOnce(sprints.drain(DRAIN_WINDOW))).filteredOn(r -> sprintId.equals(r.key()))
                    .extracting(SprintsIntegrationTest::shortType).containsOnlyOnce("sprint-cancelled.v1");
        }
    }

    @Test
    void aMemberSeesItsOwnSprintsAndTheOpenOnes() {
        String member = activeMember();
        String lead = activeMember();
        String ownCancelled = startedSprint("vitality", member, List.of());
        post("/sprints/" + ownCancelled + "/cancel", TestTokens.operator(), "{\"reason\": \"stop\"}");
        String open = startedSprint("vitality", lead, List.of());
        String othersCancelled = startedSprint("vitality", lead, List.of());
        post("/sprints/" + othersCancelled + "/cancel", TestTokens.operator(), "{\"reason\": \"stop\"}");

        Reply listed = get("/sprints", TestTokens.member(member));
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(ids(listed.json())).contains(ownCancelled, open).doesNotContain(othersCancelled);
        assertThat(ids(get("/sprints?status=CANCELLED", TestTokens.member(member)).json()))
                .contains(ownCancelled).doesNotContain(open, othersCancelled);
        get("/sprints/" + othersCancelled, TestTokens.member(member)).problem(403);
        assertThat(get("/sprints/" + ownCancelled, TestTokens.member(member)).status()).isEqualTo(200);
        assertThat(ids(get("/sprints", TestTokens.operator()).json())).contains(ownCancelled, open, othersCancelled);
        assertThat(get("/sprints", TestTokens.viewer()).status()).isEqualTo(403);
    }

    @Test
    void anEndedMembershipTakesTheCompanyOutOfItsOpenSprintsOnce() {
        String lead = activeMember();
        String member = activeMember();
        String leadingMember = activeMember();
        try (TopicReader sprints = sprintTopic()) {
            String joinedSprint = startedSprint("vitality", lead, List.of(member));
            String ledSprint = startedSprint("vitality", leadingMember, List.of(lead));
            String cancelledSprint = startedSprint("vitality", lead, List.of(member));
            post("/sprints/" + cancelledSprint + "/cancel", TestTokens.operator(), "{\"reason\": \"over\"}");

            String endId = end(member, 1);
            long endSequence = lastSequence(member);
            end(leadingMember, 1);
            awaitMembership(member, CompanyRecord.Membership.ENDED);
            awaitMembership(leadingMember, CompanyRecord.Membership.ENDED);

            ConsumerRecord<String, byte[]> left = sprints.await(r -> joinedSprint.equals(r.key())
                    && shortType(r).equals("company-left-sprint.v1"), TIMEOUT);
            assertThat(EventSchemas.publishViolations(header(left, "ce_type"), left.value())).isEmpty();
            JsonNode leaving = JSON.readTree(left.value());
            assertThat(leaving.get("memberId").asString()).isEqualTo(member);
            assertThat(leaving.get("reason").asString()).isEqualTo("membership ended");
            ConsumerRecord<String, byte[]> cancelled = sprints.await(r -> ledSprint.equals(r.key())
                    && shortType(r).equals("sprint-cancelled.v1"), TIMEOUT);
            assertThat(JSON.readTree(cancelled.value()).get("reason").asString())
                    .isEqualTo("the lead company's membership ended");
            assertThat(participants(cancelledSprint)).contains(member);

            // the company joins again and takes part again; a replay of the old end takes it out of nothing
            publishMemberEvent(MemberEvents.MEMBER_JOINED, member, new MemberJoined(member, 2,
                    profile(Sector.CARE, "Venlo", Region.NOORD_LIMBURG, 80), LocalDate.now(), null));
            awaitMembership(member, CompanyRecord.Membership.ACTIVE);
            assertThat(post("/sprints/" + joinedSprint + "/participants", TestTokens.member(member), "{}").status())
                    .isEqualTo(200);
            publish(MemberEvents.MEMBERSHIP_ENDED, member, new MembershipEnded(member, 1, "moved away", LocalDate.now()),
                    endId, endSequence);
            publishMemberEvent(MemberEvents.MEMBER_PROFILE_CHANGED, member, new MemberProfileChanged(member,
                    profile(Sector.CARE, "Venray", Region.NOORD_LIMBURG, 80), List.of("location"), java.time.Instant.now()));
            await().atMost(TIMEOUT).until(() -> memberDocument(member).getString("legalName").contains("Venray"));

            assertThat(memberDocument(member).getString("membership")).isEqualTo("ACTIVE");
            assertThat(participants(joinedSprint)).contains(member);
            assertThat(eachEventOnce(sprints.drain(DRAIN_WINDOW))).filteredOn(r -> joinedSprint.equals(r.key()))
                    .extracting(SprintsIntegrationTest::shortType).containsOnlyOnce("company-left-sprint.v1");
        }
    }

    private List<String> participants(String sprintId) {
        List<String> current = new ArrayList<>();
        for (JsonNode p : get("/sprints/" + sprintId, TestTokens.operator()).json().get("participants")) {
            if (p.path("leftOn").isMissingNode() || p.path("leftOn").isNull()) current.add(p.get("memberId").asString());
        }
        return current;
    }

    private static List<String> ids(JsonNode sprints) {
        List<String> ids = new ArrayList<>();
        sprints.forEach(s -> ids.add(s.get("id").asString()));
        return ids;
    }
}
