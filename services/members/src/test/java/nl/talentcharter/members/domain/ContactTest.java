package nl.talentcharter.members.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import nl.talentcharter.contracts.vocabulary.ConsentPurpose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactTest {

    private static final Actor OPERATOR = new Actor("operator-1");
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final ContactDetails ANNA = new ContactDetails("Anna de Vries", "Anna.deVries@example.nl",
            "HR manager");

    private final Member member = MembershipLifecycleTest.restored(Member.register(MemberId.random(),
            Profiles.employer("12345678", 10), false, null, OPERATOR, NOW));

    @Test
    void a_contact_gets_a_random_pseudonymous_id_unrelated_to_the_person() {
        Contact first = member.registerContact(ANNA, OPERATOR, NOW);
        Contact second = member.registerContact(ANNA, OPERATOR, NOW);
        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(first.id().value()).doesNotContainIgnoringCase("anna").doesNotContain("example");
        assertThat(first.details()).contains(new ContactDetails("Anna de Vries", "anna.devries@example.nl",
                "HR manager"));
        assertThat(member.pendingEvents()).containsExactly(new MemberEvent.ContactRegistered(first.id(), NOW),
                new MemberEvent.ContactRegistered(second.id(), NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "anna", "anna@", "@example.nl", "anna@example", "an na@example.nl", "a@b@c.nl"})
    void invalid_email_addresses_are_rejected(String email) {
        assertThatThrownBy(() -> new ContactDetails("Anna", email, null))
                .isInstanceOfSatisfying(InvalidMemberData.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void consent_is_kept_per_purpose_with_date_and_source_and_repeating_it_changes_nothing() {
        Contact anna = member.registerContact(ANNA, OPERATOR, NOW);
        Instant later = NOW.plusSeconds(3600);
        assertThat(member.recordConsent(anna.id(), ConsentPurpose.NEWSLETTER, true, "registration form", OPERATOR,
                later)).isTrue();
        assertThat(member.recordConsent(anna.id(), ConsentPurpose.NEWSLETTER, true, "again", OPERATOR, later))
                .isFalse();
        assertThat(member.recordConsent(anna.id(), ConsentPurpose.PARTNER_SHARING, false, "phone call", OPERATOR,
                later)).isTrue();

        assertThat(anna.consent(ConsentPurpose.NEWSLETTER))
                .contains(new Consent(ConsentPurpose.NEWSLETTER, true, later, "registration form"));
        assertThat(anna.consent(ConsentPurpose.EVENT_INVITATIONS)).isEmpty();
        assertThat(member.pendingEvents()).containsExactly(new MemberEvent.ContactRegistered(anna.id(), NOW),
                new MemberEvent.ContactConsentChanged(anna.id(), ConsentPurpose.NEWSLETTER, true, "registration form",
                        later),
                new MemberEvent.ContactConsentChanged(anna.id(), ConsentPurpose.PARTNER_SHARING, false, "phone call",
                        later));
    }

    @Test
    void erasure_leaves_a_tombstone_and_nothing_personal_anywhere_in_the_member() {
        Contact anna = member.registerContact(ANNA, OPERATOR, NOW);
        member.changeContactDetails(anna.id(), new ContactDetails("Anna Jansen", "anna@jansen.nl", "Director"),
                OPERATOR, NOW);
        member.recordConsent(anna.id(), ConsentPurpose.EVENT_INVITATIONS, true, "form", OPERATOR, NOW);
        Instant erasedAt = NOW.plusSeconds(10);

        member.eraseContact(anna.id(), new Actor("privacy-officer"), erasedAt);

        Contact tombstone = member.contact(anna.id());
        assertThat(tombstone.isErased()).isTrue();
        assertThat(tombstone.details()).isEmpty();
        assertThat(tombstone.consents()).isEmpty();
        assertThat(tombstone.erasure()).contains(new Erasure(erasedAt, "privacy-officer"));
        assertThat(member.pendingEvents()).last().isEqualTo(new MemberEvent.ContactErased(anna.id(), erasedAt));
        String everything = member.history() + " " + member.pendingEvents();
        for (String personal : new String[] {"Anna", "Jansen", "Vries", "example", "jansen.nl", "Director",
                "HR manager"}) {
            assertThat(everything).doesNotContainIgnoringCase(personal);
        }
        assertThat(member.history()).extracting(HistoryEntry::action).endsWith("contact-registered",
                "contact-changed", "contact-consent-changed", "contact-erased");
        assertThat(member.history().get(member.history().size() - 3).changes()).extracting(
                HistoryEntry.FieldChange::field).containsExactly("name", "email", "jobTitle");
    }

    @Test
    void an_erased_contact_cannot_be_changed_or_erased_again() {
        Contact anna = member.registerContact(ANNA, OPERATOR, NOW);
        member.eraseContact(anna.id(), OPERATOR, NOW);
        int events = member.pendingEvents().size();
        assertThatThrownBy(() -> member.changeContactDetails(anna.id(), ANNA, OPERATOR, NOW))
                .isInstanceOf(ContactAlreadyErased.class);
        assertThatThrownBy(() -> member.recordConsent(anna.id(), ConsentPurpose.NEWSLETTER, true, "x", OPERATOR,
                NOW)).isInstanceOf(ContactAlreadyErased.class);
        assertThatThrownBy(() -> member.eraseContact(anna.id(), OPERATOR, NOW))
                .isInstanceOf(ContactAlreadyErased.class);
        assertThat(member.pendingEvents()).hasSize(events);
    }

    @Test
    void unknown_contacts_are_reported() {
        assertThatThrownBy(() -> member.eraseContact(ContactId.random(), OPERATOR, NOW))
                .isInstanceOf(UnknownContact.class);
    }
}
