package nl.talentcharter.hrscans.it;

import static nl.talentcharter.testkit.TopicReader.eachEventOnce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.contracts.members.MemberJoined;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.hrscans.persistence.MemberRecord;
import nl.talentcharter.testkit.TestTokens;
import nl.talentcharter.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The local member read model: only active members get a scan; duplicates and replays change nothing. */
class MemberEventsTest extends HrScansIntegrationTest {

    @Test
    void a_duplicated_event_changes_nothing() {
        String memberId = UUID.randomUUID().toString();
        MemberJoined joined = new MemberJoined(memberId, 1, profile(Sector.ICT, "Roermond", Region.MIDDEN_LIMBURG, 30),
                LocalDate.now(), null);
        String ceId = UUID.randomUUID().toString();
        publishMemberEvent(MemberEvents.MEMBER_JOINED, memberId, joined, ceId, 1);
        awaitMembership(memberId, MemberRecord.Membership.ACTIVE);
        publishMemberEvent(MemberEvents.MEMBERSHIP_SUSPENDED, memberId,
                new nl.talentcharter.contracts.members.MembershipSuspended(memberId, 1, "fee unpaid", LocalDate.now()),
                UUID.randomUUID().toString(), 2);
        awaitMembership(memberId, MemberRecord.Membership.SUSPENDED);

        // the join again, same id and sequence: applied, it would make the member active again
        publishMemberEvent(MemberEvents.MEMBER_JOINED, memberId, joined, ceId, 1);
        markerAfter(memberId, 3);

        Document member = memberDocument(memberId);
        assertThat(member.getString("membership")).isEqualTo("SUSPENDED");
        assertThat(member.get("appliedSequences", Document.class).values()).containsExactly(3L);
    }

    /** A later event of the same member (same partition): once it is applied, everything before it was seen. */
    private void markerAfter(String memberId, long sequence) {
        String marked = "Gemarkeerd " + UUID.randomUUID();
        var profile = profile(Sector.ICT, "Roermond", Region.MIDDEN_LIMBURG, 30);
        var renamed = new nl.talentcharter.contracts.members.MemberProfile(marked, profile.kvkNumber(), profile.kind(),
                null, profile.sector(), profile.employees(), profile.sizeClass(), profile.location(), false,
                profile.actionLines());
        publishMemberEvent(MemberEvents.MEMBER_PROFILE_CHANGED, memberId,
                new nl.talentcharter.contracts.members.MemberProfileChanged(memberId, renamed, List.of("legalName"),
                        java.time.Instant.now()), UUID.randomUUID().toString(), sequence);
        await().atMost(TIMEOUT).until(() -> marked.equals(memberDocument(memberId).getString("legalName")));
    }

    @Test
    void membership_ended_cancels_open_scans_and_a_replay_after_rejoining_changes_nothing() {
        String memberId = activeMember(Sector.LOGISTICS, "Venray", Region.NOORD_LIMBURG, 400);
        String open = requestScan(memberId, 1);
        schedule(open);
        String completed = completedScan(memberId, 1, 3);
        try (TopicReader topic = scanTopic()) {
            // the end is the member's 2nd event: remembered to be replayed later
            String endId = end(memberId, 1);
            awaitMembership(memberId, MemberRecord.Membership.ENDED);
            ConsumerRecord<String, byte[]> cancelled = topic.await(r -> open.equals(r.key())
                    && shortType(r).equals("hr-scan-cancelled.v1"), TIMEOUT);
            assertThat(JSON.readTree(cancelled.value()).get("reason").asString()).isEqualTo("MEMBERSHIP_ENDED");
            assertThat(get("/scans/" + open, TestTokens.operator()).json().get("status").asString()).isEqualTo("CANCELLED");
            assertThat(get("/scans/" + completed, TestTokens.operator()).json().get("status").asString())
                    .as("a completed scan keeps its result").isEqualTo("COMPLETED");
            post("/scans", TestTokens.operator(), "{\"memberId\": \"" + memberId + "\"}").problem(422);

            publishMemberEvent(MemberEvents.MEMBER_JOINED, memberId, new MemberJoined(memberId, 2,
                    profile(Sector.LOGISTICS, "Venray", Region.NOORD_LIMBURG, 400), LocalDate.now(), null));
            awaitMembership(memberId, MemberRecord.Membership.ACTIVE);
            String afterRejoining = requestScan(memberId, 1);
            Document member = memberDocument(memberId);

            // the old end arrives again (a replay from the start of the topic): nothing may change
            publishMemberEvent(MemberEvents.MEMBERSHIP_ENDED, memberId,
                    new nl.talentcharter.contracts.members.MembershipEnded(memberId, 1, "moved away", LocalDate.now()),
                    endId, 2);
            markerAfter(memberId, 4);

            Document now = memberDocument(memberId);
            assertThat(now.getString("membership")).isEqualTo("ACTIVE");
            assertThat(now.get("membershipPeriod")).isEqualTo(member.get("membershipPeriod"));
            assertThat(get("/scans/" + afterRejoining, TestTokens.operator()).json().get("status").asString())
                    .isEqualTo("REQUESTED");
            List<ConsumerRecord<String, byte[]>> seen = topic.drain(DRAIN_WINDOW);
            assertThat(seen).filteredOn(r -> afterRejoining.equals(r.key()))
                    .extracting(HrScansIntegrationTest::shortType).containsOnly("hr-scan-requested.v1");
            assertThat(eachEventOnce(seen.stream().filter(r -> shortType(r).equals("hr-scan-cancelled.v1")).toList()))
                    .extracting(r -> r.key()).containsExactly(open);
        }
    }
}
