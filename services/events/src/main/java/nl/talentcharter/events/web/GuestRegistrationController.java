package nl.talentcharter.events.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import nl.talentcharter.events.application.GatheringService;
import nl.talentcharter.events.application.GatheringService.Registered;
import nl.talentcharter.events.domain.Attendee;
import nl.talentcharter.events.domain.GatheringId;
import nl.talentcharter.events.domain.Guest;
import nl.talentcharter.events.domain.Registration;
import nl.talentcharter.events.domain.UnknownRegistration;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Guest registration for open gatherings, without an account: validated and rate limited per address. */
@RestController
@RequestMapping(path = "/public/events/{eventId}/registrations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Guest registration", description = "Open events, no login")
public class GuestRegistrationController {

    private final GatheringService gatherings;
    private final GuestRateLimit rateLimit;
    private final Clock clock;

    public GuestRegistrationController(GatheringService gatherings, GuestRateLimit rateLimit, Clock clock) {
        this.gatherings = gatherings;
        this.rateLimit = rateLimit;
        this.clock = clock;
    }

    /**
     * @param consent     must be true: the guest agrees that name and e-mail are kept for this gathering
     * @param invitations whether the guest wants invitations to later gatherings (default no)
     */
    public record GuestBody(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 254) String email,
            @Size(max = 200) String organisationName, Sector sector, SizeClass sizeClass, Region region,
            @NotNull @AssertTrue(message = "a guest registers only with consent to keep name and e-mail") Boolean consent,
            Boolean invitations) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register as a guest for an open event",
            description = "No token. The answer carries a cancelToken, the only way to cancel later; keep it. "
                    + "429 when this address registered too often; 403 for a members-only event.")
    public ResponseEntity<RegistrationView> register(@PathVariable String eventId, @Valid @RequestBody GuestBody body,
            HttpServletRequest request) {
        rateLimit.acquire(request.getRemoteAddr());
        Guest guest = new Guest(body.name(), body.email(), body.organisationName(), body.sector(), body.sizeClass(),
                body.region(), clock.instant(), Boolean.TRUE.equals(body.invitations()));
        Registered registered = gatherings.register(new GatheringId(eventId), Attendee.guest(guest));
        return ResponseEntity.created(URI.create("/public/events/" + eventId + "/registrations/"
                + registered.registration().id()))
                .body(RegistrationView.forGuest(registered.gathering(), registered.registration()));
    }

    public record GuestCancelBody(@NotBlank String cancelToken) {
    }

    @PostMapping(path = "/{registrationId}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Cancel a guest registration with its cancelToken")
    public RegistrationView cancel(@PathVariable String eventId, @PathVariable String registrationId,
            @Valid @RequestBody GuestCancelBody body, HttpServletRequest request) {
        rateLimit.acquire(request.getRemoteAddr());
        GatheringId id = new GatheringId(eventId);
        Registration registration = gatherings.get(id).registration(registrationId);
        if (registration.cancelToken() == null || !constantTimeEquals(registration.cancelToken(), body.cancelToken())) {
            // the same answer as an unknown id: a wrong token tells nothing about the registration
            throw new UnknownRegistration(registrationId);
        }
        Registered cancelled = gatherings.cancelRegistration(id, registrationId);
        return RegistrationView.of(cancelled.gathering(), cancelled.registration());
    }

    private static boolean constantTimeEquals(String expected, String given) {
        return java.security.MessageDigest.isEqual(expected.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Objects.requireNonNull(given).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
