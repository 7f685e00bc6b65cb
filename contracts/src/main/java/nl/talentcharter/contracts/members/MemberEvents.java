package nl.talentcharter.contracts.members;

import java.util.List;
import nl.talentcharter.contracts.EventType;
import nl.talentcharter.contracts.Topics;

/** The events the members service publishes on {@link Topics#MEMBERS}; subject and key = memberId. */
public final class MemberEvents {

    public static final String SERVICE = "members";

    public static final EventType<MemberApplied> MEMBER_APPLIED =
            EventType.of(SERVICE, "member-applied", 1, Topics.MEMBERS, MemberApplied.class);
    public static final EventType<MemberJoined> MEMBER_JOINED =
            EventType.of(SERVICE, "member-joined", 1, Topics.MEMBERS, MemberJoined.class);
    public static final EventType<MemberProfileChanged> MEMBER_PROFILE_CHANGED =
            EventType.of(SERVICE, "member-profile-changed", 1, Topics.MEMBERS, MemberProfileChanged.class);
    public static final EventType<MembershipSuspended> MEMBERSHIP_SUSPENDED =
            EventType.of(SERVICE, "membership-suspended", 1, Topics.MEMBERS, MembershipSuspended.class);
    public static final EventType<MembershipReinstated> MEMBERSHIP_REINSTATED =
            EventType.of(SERVICE, "membership-reinstated", 1, Topics.MEMBERS, MembershipReinstated.class);
    public static final EventType<MembershipEnded> MEMBERSHIP_ENDED =
            EventType.of(SERVICE, "membership-ended", 1, Topics.MEMBERS, MembershipEnded.class);
    public static final EventType<ContactRegistered> CONTACT_REGISTERED =
            EventType.of(SERVICE, "contact-registered", 1, Topics.MEMBERS, ContactRegistered.class);
    public static final EventType<ContactConsentChanged> CONTACT_CONSENT_CHANGED =
            EventType.of(SERVICE, "contact-consent-changed", 1, Topics.MEMBERS, ContactConsentChanged.class);
    public static final EventType<ContactErased> CONTACT_ERASED =
            EventType.of(SERVICE, "contact-erased", 1, Topics.MEMBERS, ContactErased.class);

    private MemberEvents() {
    }

    public static List<EventType<?>> all() {
        return List.of(MEMBER_APPLIED, MEMBER_JOINED, MEMBER_PROFILE_CHANGED, MEMBERSHIP_SUSPENDED,
                MEMBERSHIP_REINSTATED, MEMBERSHIP_ENDED, CONTACT_REGISTERED, CONTACT_CONSENT_CHANGED,
                CONTACT_ERASED);
    }
}
