package nl.talentcharter.events.domain;

import nl.talentcharter.contracts.events.AttendeeKind;

/**
 * Who a registration is for: a member's contact person (known here by the members service's pseudonymous
 * contact id only) or a guest (whose data this service keeps).
 */
public record Attendee(AttendeeKind kind, String memberId, String contactId, Guest guest) {

    public Attendee {
        if (kind == AttendeeKind.MEMBER_CONTACT) {
            if (memberId == null || memberId.isBlank()) {
                throw new InvalidGatheringData("memberId", "is required for a member contact");
            }
            if (contactId == null || contactId.isBlank() || contactId.length() > 100) {
                throw new InvalidGatheringData("contactId", "is required for a member contact");
            }
            if (guest != null) {
                throw new IllegalArgumentException("a member contact has no guest data here");
            }
        } else if (guest == null || memberId != null || contactId != null) {
            throw new IllegalArgumentException("a guest has guest data and no member");
        }
    }

    public static Attendee memberContact(String memberId, String contactId) {
        return new Attendee(AttendeeKind.MEMBER_CONTACT, memberId, contactId, null);
    }

    public static Attendee guest(Guest guest) {
        return new Attendee(AttendeeKind.GUEST, null, null, guest);
    }

    /** What makes two registrations the same person: registering twice is one registration. */
    public String identity() {
        return kind == AttendeeKind.MEMBER_CONTACT ? "contact:" + contactId : "guest:" + guest.email();
    }

    public boolean isMember() {
        return kind == AttendeeKind.MEMBER_CONTACT;
    }
}
