package nl.talentcharter.events.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.talentcharter.contracts.events.Audience;
import nl.talentcharter.events.application.GatheringService;
import nl.talentcharter.events.domain.Gathering;
import nl.talentcharter.events.domain.GatheringId;
import nl.talentcharter.events.domain.UnknownGathering;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calendar files: open gatherings for anyone (calendar apps subscribe without a token), members-only ones
 * for signed-in users. Feeds cover a month back to a year ahead.
 */
@RestController
@Tag(name = "Calendar", description = "iCalendar (RFC 5545) per event and per audience")
public class CalendarController {

    private final GatheringService gatherings;
    private final Clock clock;

    public CalendarController(GatheringService gatherings, Clock clock) {
        this.gatherings = gatherings;
        this.clock = clock;
    }

    @GetMapping("/public/events/{eventId}/calendar.ics")
    @Operation(summary = "One open event as iCalendar")
    public ResponseEntity<String> openEvent(@PathVariable String eventId) {
        Gathering gathering = gatherings.get(new GatheringId(eventId));
        if (gathering.audience() != Audience.OPEN) {
            throw new UnknownGathering(eventId); // members-only ones are not public, not even their existence
        }
        return ics(List.of(gathering));
    }

    @GetMapping("/public/calendar/open.ics")
    @Operation(summary = "Feed of open events")
    public ResponseEntity<String> openFeed() {
        return ics(feed(Audience.OPEN));
    }

    @GetMapping("/events/{eventId}/calendar.ics")
    @PreAuthorize("hasAnyRole('OPERATOR', 'MEMBER', 'VIEWER')")
    @Operation(summary = "One event as iCalendar")
    public ResponseEntity<String> event(@PathVariable String eventId) {
        return ics(List.of(gatherings.get(new GatheringId(eventId))));
    }

    @GetMapping("/calendar/members.ics")
    @PreAuthorize("hasAnyRole('OPERATOR', 'MEMBER', 'VIEWER')")
    @Operation(summary = "Feed of members-only events")
    public ResponseEntity<String> membersFeed() {
        return ics(feed(Audience.MEMBERS_ONLY));
    }

    private List<Gathering> feed(Audience audience) {
        Instant now = clock.instant();
        return gatherings.between(now.minus(Duration.ofDays(31)), now.plus(Duration.ofDays(366)), null, audience);
    }

    private static ResponseEntity<String> ics(List<Gathering> gatherings) {
        return ResponseEntity.ok().header("Content-Type", CalendarFeeds.MEDIA_TYPE).body(CalendarFeeds.of(gatherings));
    }
}
