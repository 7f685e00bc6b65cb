package nl.talentcharter.events.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.talentcharter.contracts.members.FirstContact;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.contracts.members.MemberJoined;
import nl.talentcharter.contracts.members.MemberProfile;
import nl.talentcharter.contracts.members.MemberProfileChanged;
import nl.talentcharter.contracts.members.MembershipSuspended;
import nl.talentcharter.contracts.vocabulary.FirstContactChannel;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import nl.talentcharter.events.persistence.MemberSnapshot;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The members read model (MemberEventsConsumer) from real member CloudEvents on the real topic. */
class MemberReadModelTest extends EventsIntegrationTest {

    @Test
    void memberEventsBuildTheSnapshotAndDuplicatesAndReplaysChangeNothing() {
        String memberId = "m-" + UUID.randomUUID();
        MemberProfile joinedAs = MembersTopic.profile("Logistiek Venlo B.V.", SizeClass.SME, Region.NOORD_LIMBURG);
        MemberProfile movedTo = MembersTopic.profile("Logistiek Venlo B.V.", SizeClass.LARGE, Region.MIDDEN_LIMBURG);
        MemberJoined joined = new MemberJoined(memberId, 1, joinedAs, LocalDate.of(2026, 2, 1),
                new FirstContact(FirstContactChannel.EVENT, "event-42"));
        try (MembersTopic members = new MembersTopic()) {
            String joinedId = members.publish(MemberEvents.MEMBER_JOINED, memberId, 1, joined);
            members.publish(MemberEvents.MEMBER_PROFILE_CHANGED, memberId, 2, new MemberProfileChanged(memberId,
                    movedTo, List.of("sizeClass", "location"), Instant.parse("2026-02-10T10:00:00Z")));
            Document afterChange = awaitSnapshot(memberId, d -> "MIDDEN_LIMBURG".equals(d.getString("region")));

            members.publish(MemberEvents.MEMBER_JOINED, memberId, 1, joined, joinedId); // duplicate delivery
            members.publish(MemberEvents.MEMBER_JOINED, memberId, 1, joined);           // replay with a new id
            // a later event on the same key: once it shows, the two before it have been consumed
            members.publish(MemberEvents.MEMBERSHIP_SUSPENDED, memberId, 3, new MembershipSuspended(memberId, 1,
                    "unpaid fee", LocalDate.of(2026, 3, 1)));
            Document suspended = awaitSnapshot(memberId, d -> Boolean.FALSE.equals(d.getBoolean("active")));

            assertThat(suspended.getString("region")).isEqualTo("MIDDEN_LIMBURG");
            assertThat(suspended.getString("sizeClass")).isEqualTo("LARGE");
            assertThat(suspended.getString("firstContactChannel")).isEqualTo("EVENT");
            assertThat(suspended.getString("firstContactReference")).isEqualTo("event-42");
            assertThat(suspended.get("joinedOn")).isEqualTo(afterChange.get("joinedOn"));
            assertThat(mongo.getCollection(MemberSnapshot.COLLECTION).countDocuments(new Document("_id", memberId)))
                    .isEqualTo(1);
        }
    }
}
