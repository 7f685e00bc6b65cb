package nl.talentcharter.members.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.talentcharter.contracts.EventSchemas;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.ConsentPurpose;
import nl.talentcharter.contracts.vocabulary.Country;
import nl.talentcharter.contracts.vocabulary.EducationLevel;
import nl.talentcharter.contracts.vocabulary.FirstContactChannel;
import nl.talentcharter.contracts.vocabulary.OrganisationKind;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.members.domain.Actor;
import nl.talentcharter.members.domain.Contact;
import nl.talentcharter.members.domain.ContactDetails;
import nl.talentcharter.members.domain.FirstContact;
import nl.talentcharter.members.domain.KvkNumber;
import nl.talentcharter.members.domain.Location;
import nl.talentcharter.members.domain.Member;
import nl.talentcharter.members.domain.MemberEvent;
import nl.talentcharter.members.domain.MemberId;
import nl.talentcharter.members.domain.Municipality;
import nl.talentcharter.members.domain.OrganisationProfile;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Every domain event becomes a contract event whose JSON validates against its published schema. */
class ContractEventsTest {

    private static final Actor OPERATOR = new Actor("operator-1");
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void every_event_of_a_full_story_validates_against_its_schema_and_names_no_person() {
        List<String> payloads = new ArrayList<>();
        List<String> types = new ArrayList<>();
        Member school = Member.apply(MemberId.random(), new OrganisationProfile("Gilde Opleidingen",
                new KvkNumber("04054297"), OrganisationKind.EDUCATION_INSTITUTION, EducationLevel.MBO,
                Sector.EDUCATION, 3000, Location.inLimburg(Municipality.ROERMOND),
                Set.of(ActionLine.DEVELOP, ActionLine.IDENTIFY)), false,
                new FirstContact(FirstContactChannel.EVENT, "event-1"), OPERATOR, NOW);
        collect(school, types, payloads);

        Member member = Member.restore(school.id(), school.profile(), false, school.status(),
                school.membershipPeriod(), school.firstContact().orElse(null), List.of(), school.history());
        member.approve(OPERATOR, NOW);
        member.changeProfile(new OrganisationProfile("Grenzeloos GmbH", new KvkNumber("04054297"),
                OrganisationKind.EMPLOYER, null, Sector.LOGISTICS, 40, Location.crossBorder("Aachen", Country.DE),
                Set.of()), true, OPERATOR, NOW);
        member.suspend("unpaid", OPERATOR, NOW);
        member.reinstate(OPERATOR, NOW);
        Contact anna = member.registerContact(new ContactDetails("Anna de Vries", "anna@example.nl", "HR"), OPERATOR,
                NOW);
        member.recordConsent(anna.id(), ConsentPurpose.NEWSLETTER, true, "form", OPERATOR, NOW);
        member.eraseContact(anna.id(), OPERATOR, NOW);
        member.end("left", OPERATOR, NOW);
        member.rejoin(OPERATOR, NOW);
        collect(member, types, payloads);

        assertThat(types).containsExactly("nl.talentcharter.members.member-applied.v1",
                "nl.talentcharter.members.member-joined.v1", "nl.talentcharter.members.member-profile-changed.v1",
                "nl.talentcharter.members.membership-suspended.v1", "nl.talentcharter.members.membership-reinstated.v1",
                "nl.talentcharter.members.contact-registered.v1", "nl.talentcharter.members.contact-consent-changed.v1",
                "nl.talentcharter.members.contact-erased.v1", "nl.talentcharter.members.membership-ended.v1",
                "nl.talentcharter.members.member-joined.v1");
        for (int i = 0; i < types.size(); i++) {
            assertThat(EventSchemas.publishViolations(types.get(i), payloads.get(i).getBytes(StandardCharsets.UTF_8)))
                    .as(types.get(i) + " " + payloads.get(i)).isEmpty();
            assertThat(payloads.get(i)).doesNotContain("Anna").doesNotContain("example.nl");
        }
        assertThat(payloads.get(0)).contains("\"educationLevel\":\"MBO\"", "\"municipality\":\"Roermond\"",
                "\"region\":\"MIDDEN_LIMBURG\"");
        assertThat(payloads.get(1)).contains("\"membershipPeriod\":1", "\"channel\":\"EVENT\"",
                "\"reference\":\"event-1\"");
        assertThat(payloads.get(2)).contains("\"region\":\"CROSS_BORDER\"").doesNotContain("municipality")
                .doesNotContain("\"educationLevel\":").contains("\"frontRunner\":true");
        assertThat(payloads.get(9)).contains("\"membershipPeriod\":2").doesNotContain("firstContact");
    }

    private void collect(Member member, List<String> types, List<String> payloads) {
        for (MemberEvent event : member.pendingEvents()) {
            ContractEvents.Outgoing<?> outgoing = ContractEvents.of(member, event);
            types.add(outgoing.type().type());
            payloads.add(json.writeValueAsString(outgoing.payload()));
        }
    }
}
