package nl.talentcharter.contracts.members;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.talentcharter.contracts.EventType;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.ConsentPurpose;
import nl.talentcharter.contracts.vocabulary.Country;
import nl.talentcharter.contracts.vocabulary.EducationLevel;
import nl.talentcharter.contracts.vocabulary.FirstContactChannel;
import nl.talentcharter.contracts.vocabulary.OrganisationKind;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;

/** Realistic member event payloads, one per event type, as the members service would publish them. */
public final class MemberPayloads {

    public static final String MEMBER_ID = "m-5f1c2a9e";
    public static final String CONTACT_ID = "3b0f8f4e-2d8c-4a61-9f7e-0c6d5b1a2e47";

    /** A Venlo logistics SME, a front-runner on two action lines. */
    public static final MemberProfile LOGISTICS_SME = new MemberProfile(
            "Venlo Cargo Partners B.V.", "14052345", OrganisationKind.EMPLOYER, null,
            Sector.LOGISTICS, 180, SizeClass.SME,
            new MemberLocation("Venlo", Country.NL, "Venlo", Region.NOORD_LIMBURG),
            true, List.of(ActionLine.ATTRACT, ActionLine.RETAIN));

    /** A Belgian education institution across the border: no municipality, but an education level. */
    public static final MemberProfile CROSS_BORDER_COLLEGE = new MemberProfile(
            "Hogeschool Grensland", "70123456", OrganisationKind.EDUCATION_INSTITUTION, EducationLevel.HBO,
            Sector.EDUCATION, 1200, SizeClass.LARGE,
            new MemberLocation("Hasselt", Country.BE, null, Region.CROSS_BORDER),
            false, List.of());

    private MemberPayloads() {
    }

    /** One realistic payload per member event type. */
    public static Map<EventType<?>, Object> oneOfEach() {
        return Map.of(
                MemberEvents.MEMBER_APPLIED, new MemberApplied(MEMBER_ID, LOGISTICS_SME, LocalDate.of(2026, 2, 14)),
                MemberEvents.MEMBER_JOINED, new MemberJoined(MEMBER_ID, 1, LOGISTICS_SME, LocalDate.of(2026, 3, 1),
                        new FirstContact(FirstContactChannel.EVENT, "ev-2026-venlo-jobfair")),
                MemberEvents.MEMBER_PROFILE_CHANGED, new MemberProfileChanged(MEMBER_ID, CROSS_BORDER_COLLEGE,
                        List.of("employees", "location"), Instant.parse("2026-04-02T08:15:30Z")),
                MemberEvents.MEMBERSHIP_SUSPENDED, new MembershipSuspended(MEMBER_ID, 1,
                        "contribution unpaid for two quarters", LocalDate.of(2026, 9, 1)),
                MemberEvents.MEMBERSHIP_REINSTATED, new MembershipReinstated(MEMBER_ID, 1, LocalDate.of(2026, 10, 15)),
                MemberEvents.MEMBERSHIP_ENDED, new MembershipEnded(MEMBER_ID, 2, "organisation merged",
                        LocalDate.of(2027, 12, 31)),
                MemberEvents.CONTACT_REGISTERED, new ContactRegistered(MEMBER_ID, CONTACT_ID,
                        Instant.parse("2026-03-02T10:00:00Z")),
                MemberEvents.CONTACT_CONSENT_CHANGED, new ContactConsentChanged(MEMBER_ID, CONTACT_ID,
                        ConsentPurpose.EVENT_INVITATIONS, true, "web-form", Instant.parse("2026-03-02T10:01:12.345Z")),
                MemberEvents.CONTACT_ERASED, new ContactErased(MEMBER_ID, CONTACT_ID,
                        Instant.parse("2026-11-30T23:59:59Z")));
    }
}
