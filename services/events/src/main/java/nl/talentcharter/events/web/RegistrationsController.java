package nl.talentcharter.events.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import nl.talentcharter.events.application.GatheringService;
import nl.talentcharter.events.application.GatheringService.Registered;
import nl.talentcharter.events.domain.Attendee;
import nl.talentcharter.events.domain.Gathering;
import nl.talentcharter.events.domain.GatheringId;
import nl.talentcharter.events.domain.Registration;
import nl.talentcharter.servicekit.problem.ProblemException;
import nl.talentcharter.servicekit.problem.ProblemTypes;
import nl.talentcharter.servicekit.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Registration of member contacts, cancellation, check-in at the door and no-shows. */
@RestController
@RequestMapping(path = "/events/{eventId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Registrations")
@SecurityRequirement(name = "bearer")
public class RegistrationsController {

    private final GatheringService gatherings;

    public RegistrationsController(GatheringService gatherings) {
        this.gatherings = gatherings;
    }

    /**
     * @param memberId  the member organisation; a member user may leave it out (its own is taken) but not name another
     * @param contactId the contact's pseudonymous id from the members service
     */
    public record MemberRegistrationBody(@Size(max = 100) String memberId, @NotBlank @Size(max = 100) String contactId) {
    }

    @PostMapping(path = "/registrations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OPERATOR', 'MEMBER')")
    @Operation(summary = "Register a member's contact person",
            description = "A seat while there is one (RegistrationConfirmed), else the waitlist (RegistrationWaitlisted). "
                    + "A member user registers contacts of its own organisation only. Registering the same contact "
                    + "twice is refused with 409 already-registered.")
    public ResponseEntity<RegistrationView> register(@PathVariable String eventId,
            @Valid @RequestBody MemberRegistrationBody body, Caller caller) {
        String memberId = body.memberId();
        if (!caller.isOperator()) {
            String own = caller.memberId().orElseThrow(() -> new AccessDeniedException("no member organisation"));
            if (memberId != null && !memberId.equals(own)) {
                throw new AccessDeniedException(caller.subject() + " may not register contacts of " + memberId);
            }
            memberId = own;
        } else if (memberId == null || memberId.isBlank()) {
            throw ProblemException.badRequest(ProblemTypes.VALIDATION_FAILED, "memberId: is required for an operator")
                    .with("errors", List.of(Map.of("field", "memberId", "message", "is required")));
        }
        Registered registered = gatherings.register(new GatheringId(eventId), Attendee.memberContact(memberId,
                body.contactId()));
        return ResponseEntity.created(URI.create("/events/" + eventId + "/registrations/"
                + registered.registration().id())).body(RegistrationView.of(registered.gathering(), registered.registration()));
    }

    @GetMapping("/registrations")
    @PreAuthorize("hasAnyRole('OPERATOR', 'MEMBER')")
    @Operation(summary = "Registrations of a gathering",
            description = "Operators see all, with guests' names and e-mail addresses (for the door); a member user "
                    + "sees its own organisation's registrations only.")
    public List<RegistrationView> registrations(@PathVariable String eventId, Caller caller) {
        Gathering gathering = gatherings.get(new GatheringId(eventId));
        if (caller.isOperator()) {
            return gathering.registrations().stream().map(r -> RegistrationView.withGuestData(gathering, r)).toList();
        }
        String own = caller.memberId().orElseThrow(() -> new AccessDeniedException("no member organisation"));
        return gathering.registrations().stream().filter(r -> own.equals(r.attendee().memberId()))
                .map(r -> RegistrationView.of(gathering, r)).toList();
    }

    @PostMapping("/registrations/{registrationId}/cancel")
    @PreAuthorize("hasAnyRole('OPERATOR', 'MEMBER')")
    @Operation(summary = "Cancel a registration",
            description = "Publishes RegistrationCancelled; a seat that comes free goes to the next on the waitlist "
                    + "(WaitlistPromoted).")
    public RegistrationView cancel(@PathVariable String eventId, @PathVariable String registrationId, Caller caller) {
        GatheringId id = new GatheringId(eventId);
        if (!caller.isOperator()) {
            Registration registration = gatherings.get(id).registration(registrationId);
            caller.requireAccessToMember(registration.attendee().memberId());
        }
        Registered cancelled = gatherings.cancelRegistration(id, registrationId);
        return RegistrationView.of(cancelled.gathering(), cancelled.registration());
    }

    public record CheckInBody(@NotBlank String registrationId) {
    }

    @PostMapping(path = "/check-ins", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Check a confirmed registration in at the door",
            description = "Idempotent: checking in twice counts once and publishes one AttendanceRecorded.")
    public RegistrationView checkIn(@PathVariable String eventId, @Valid @RequestBody CheckInBody body) {
        Registered checkedIn = gatherings.checkIn(new GatheringId(eventId), body.registrationId());
        return RegistrationView.of(checkedIn.gathering(), checkedIn.registration());
    }

    public record NoShows(int recorded) {
    }

    @PostMapping("/no-shows")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Record every confirmed registration not checked in as a no-show",
            description = "Only once the gathering has started; records each no-show once.")
    public NoShows noShows(@PathVariable String eventId) {
        return new NoShows(gatherings.recordNoShows(new GatheringId(eventId)));
    }
}
