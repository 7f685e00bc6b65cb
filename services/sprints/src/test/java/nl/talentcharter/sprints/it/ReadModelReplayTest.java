package nl.talentcharter.sprints.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.talentcharter.contracts.Topics;
import nl.talentcharter.contracts.hrscans.DomainScore;
import nl.talentcharter.contracts.hrscans.HrScanCompleted;
import nl.talentcharter.contracts.hrscans.HrScanEvents;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.contracts.members.MemberJoined;
import nl.talentcharter.contracts.members.MemberProfileChanged;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.sprints.persistence.CompanyRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Duplicated and replayed events change nothing in the local read models. Each duplicate is followed by a
 * later event on the same partition, so once that later event shows, the duplicate has been handled.
 */
class ReadModelReplayTest extends SprintsIntegrationTest {

    @Test
    void aReplayedJoinDoesNotUndoASuspension() {
        String memberId = UUID.randomUUID().toString();
        MemberJoined joined = new MemberJoined(memberId, 1, profile(Sector.CARE, "Sittard", Region.ZUID_LIMBURG, 40),
                LocalDate.now(), null);
        String joinId = publishMemberEvent(MemberEvents.MEMBER_JOINED, memberId, joined);
        awaitMembership(memberId, CompanyRecord.Membership.ACTIVE);
        suspend(memberId);

        publish(MemberEvents.MEMBER_JOINED, memberId, joined, joinId, 1); // the same event again
        publish(MemberEvents.MEMBER_JOINED, memberId, joined, UUID.randomUUID().toString(), 1); // a replay, new id
        publishMemberEvent(MemberEvents.MEMBER_PROFILE_CHANGED, memberId, new MemberProfileChanged(memberId,
                profile(Sector.CARE, "Geleen", Region.ZUID_LIMBURG, 40), List.of("location"), Instant.now()));
        await().atMost(TIMEOUT).until(() -> memberDocument(memberId).getString("legalName").contains("Geleen"));

        assertThat(memberDocument(memberId).getString("membership")).isEqualTo("SUSPENDED");
    }

    @Test
    void aDuplicatedScanCompletionIsRememberedOnce() {
        String memberId = activeMember(Region.NOORD_LIMBURG, false);
        String scanId = UUID.randomUUID().toString();
        HrScanCompleted completed = completed(scanId, memberId, 25);
        String ceId = publish(HrScanEvents.HR_SCAN_COMPLETED, scanId, completed);
        await().atMost(TIMEOUT).until(() -> completedScans(memberId).size() == 1);

        int partition = partitionOf(Topics.HR_SCANS, scanId);
        publish(HrScanEvents.HR_SCAN_COMPLETED, scanId, completed, ceId, 1, partition);
        // behind it on the same partition: another company's scan, to know the duplicate was handled
        String marker = activeMember(Region.NOORD_LIMBURG, false);
        String markerScan = UUID.randomUUID().toString();
        publish(HrScanEvents.HR_SCAN_COMPLETED, markerScan, completed(markerScan, marker, 30),
                UUID.randomUUID().toString(), 1, partition);
        await().atMost(TIMEOUT).until(() -> completedScans(marker).size() == 1);

        assertThat(completedScans(memberId)).singleElement()
                .satisfies(scan -> assertThat(scan.getString("scanId")).isEqualTo(scanId));
    }

    private static HrScanCompleted completed(String scanId, String memberId, double vitality) {
        return new HrScanCompleted(scanId, memberId, "hr-scan", 1, 50, List.of(
                new DomainScore("vitality-and-employability", vitality, List.of(ActionLine.RETAIN)),
                new DomainScore("onboarding", 80, List.of(ActionLine.RETAIN))), Instant.now(), LocalDate.now().plusDays(30));
    }

    private List<Document> completedScans(String memberId) {
        Document company = memberDocument(memberId);
        return company == null ? List.of() : company.getList("completedScans", Document.class, List.of());
    }
}
