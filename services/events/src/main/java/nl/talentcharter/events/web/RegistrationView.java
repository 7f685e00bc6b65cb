package nl.talentcharter.events.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import nl.talentcharter.contracts.events.AttendanceOutcome;
import nl.talentcharter.contracts.events.AttendeeKind;
import nl.talentcharter.events.domain.Gathering;
import nl.talentcharter.events.domain.Registration;
import nl.talentcharter.events.domain.RegistrationStatus;

/**
 * A registration as its holder or an operator sees it. Guests' personal data is shown to operators only
 * ({@link #withGuestData}); the waitlist position is where it stands now.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegistrationView(String id, String eventId, AttendeeKind attendeeKind, String memberId, String contactId,
        RegistrationStatus status, Integer waitlistPosition, Instant registeredAt, AttendanceOutcome attendance,
        String guestName, String guestEmail, String guestOrganisation, String cancelToken) {

    static RegistrationView of(Gathering gathering, Registration r) {
        Integer position = null;
        if (r.status() == RegistrationStatus.WAITLISTED) {
            position = (int) gathering.registrations().stream()
                    .filter(o -> o.status() == RegistrationStatus.WAITLISTED && o.number() <= r.number()).count();
        }
        return new RegistrationView(r.id(), gathering.id().value(), r.attendee().kind(), r.attendee().memberId(),
                r.attendee().contactId(), r.status(), position, r.registeredAt(), r.attendance(), null, null, null, null);
    }

    static RegistrationView withGuestData(Gathering gathering, Registration r) {
        RegistrationView view = of(gathering, r);
        if (r.attendee().guest() == null) {
            return view;
        }
        return new RegistrationView(view.id, view.eventId, view.attendeeKind, null, null, view.status,
                view.waitlistPosition, view.registeredAt, view.attendance, r.attendee().guest().name(),
                r.attendee().guest().email(), r.attendee().guest().organisationName(), null);
    }

    /** What a guest gets back once: the secret to cancel later without an account. */
    static RegistrationView forGuest(Gathering gathering, Registration r) {
        RegistrationView view = of(gathering, r);
        return new RegistrationView(view.id, view.eventId, view.attendeeKind, null, null, view.status,
                view.waitlistPosition, view.registeredAt, view.attendance, null, null, null, r.cancelToken());
    }
}
