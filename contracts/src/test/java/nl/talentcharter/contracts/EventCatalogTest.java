package nl.talentcharter.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.talentcharter.contracts.members.MemberEvents;
import org.junit.jupiter.api.Test;

class EventCatalogTest {

    @Test
    void findsEveryRegisteredTypeByItsCloudEventsType() {
        assertThat(EventCatalog.all()).isNotEmpty().doesNotHaveDuplicates();
        EventCatalog.all().forEach(type -> assertThat(EventCatalog.byType(type.type())).contains(type));
    }

    @Test
    void knowsTheMemberEvents() {
        assertThat(EventCatalog.byType("nl.talentcharter.members.member-joined.v1"))
                .contains(MemberEvents.MEMBER_JOINED);
        assertThat(EventCatalog.onTopic(Topics.MEMBERS)).containsExactlyElementsOf(MemberEvents.all());
    }

    @Test
    void answersEmptyForUnknownOrMissingTypes() {
        assertThat(EventCatalog.byType("nl.talentcharter.members.member-joined.v2")).isEmpty();
        assertThat(EventCatalog.byType("")).isEmpty();
        assertThat(EventCatalog.byType(null)).isEmpty();
    }

    @Test
    void everyTypeIsPublishedOnAPublicTopicNeverOnADeadLetterTopic() {
        EventCatalog.all().forEach(type -> {
            // what partners publish goes to the owning services only, through the gateway's inbound topic
            assertThat(type.publishedByPartners() ? List.of(Topics.PARTNERS_INBOUND) : Topics.publicTopics())
                    .contains(type.topic());
            assertThat(Topics.isDeadLetter(type.topic())).isFalse();
        });
    }
}
