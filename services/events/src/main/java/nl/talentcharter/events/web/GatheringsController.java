package nl.talentcharter.events.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.talentcharter.contracts.events.EventKind;
import nl.talentcharter.events.application.GatheringService;
import nl.talentcharter.events.domain.Gathering;
import nl.talentcharter.events.domain.GatheringId;
import nl.talentcharter.events.domain.Schedule;
import nl.talentcharter.servicekit.problem.ProblemException;
import nl.talentcharter.servicekit.problem.ProblemTypes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/events", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Events", description = "Labour-market events, governance meetings and work visits")
@SecurityRequirement(name = "bearer")
public class GatheringsController {

    private final GatheringService gatherings;

    public GatheringsController(GatheringService gatherings) {
        this.gatherings = gatherings;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Schedule a labour-market event, governance meeting or work visit",
            description = "Date and times in Europe/Amsterdam. Publishes EventScheduled.")
    public ResponseEntity<GatheringView> schedule(@Valid @RequestBody ScheduleBody body) {
        Gathering gathering = gatherings.schedule(body.toDetails());
        return ResponseEntity.created(URI.create("/events/" + gathering.id().value())).body(GatheringView.of(gathering));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OPERATOR', 'MEMBER', 'VIEWER')")
    @Operation(summary = "List gatherings of a year, earliest first", description = "Cancelled ones included.")
    public List<GatheringView> list(@RequestParam int year, @RequestParam(required = false) EventKind kind) {
        if (year < 2000 || year > 2100) {
            throw ProblemException.badRequest(ProblemTypes.INVALID_PARAMETER, "year must be between 2000 and 2100");
        }
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(Schedule.ZONE).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(Schedule.ZONE).toInstant();
        return gatherings.between(from, to, kind, null).stream().map(GatheringView::of).toList();
    }

    @GetMapping("/{eventId}")
    @PreAuthorize("hasAnyRole('OPERATOR', 'MEMBER', 'VIEWER')")
    public GatheringView get(@PathVariable String eventId) {
        return GatheringView.of(gatherings.get(new GatheringId(eventId)));
    }

    public record RescheduleBody(@NotNull LocalDate date, @NotNull LocalTime startTime, @NotNull LocalTime endTime) {
    }

    @PostMapping(path = "/{eventId}/reschedule", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Move a gathering to another date or time", description = "Publishes EventRescheduled.")
    public GatheringView reschedule(@PathVariable String eventId, @Valid @RequestBody RescheduleBody body) {
        return GatheringView.of(gatherings.reschedule(new GatheringId(eventId),
                ScheduleBody.schedule(body.date(), body.startTime(), body.endTime())));
    }

    public record CancelBody(@NotBlank String reason) {
    }

    @PostMapping(path = "/{eventId}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Cancel a gathering", description = "Publishes EventCancelled; registrations are refused after it.")
    public GatheringView cancel(@PathVariable String eventId, @Valid @RequestBody CancelBody body) {
        return GatheringView.of(gatherings.cancel(new GatheringId(eventId), body.reason()));
    }
}
