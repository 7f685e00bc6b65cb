package nl.talentcharter.partnergateway.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.talentcharter.contracts.EventCatalog;
import nl.talentcharter.contracts.EventType;
import nl.talentcharter.partnergateway.application.EventFeed;
import nl.talentcharter.partnergateway.domain.Scopes;
import nl.talentcharter.servicekit.problem.ProblemException;
import nl.talentcharter.servicekit.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /feed?types=...}: the public events a partner may read, as server-sent events. Without {@code types}:
 * every type of every topic its scopes allow. Resume with {@code Last-Event-ID} (or {@code lastEventId=} for clients
 * that cannot set headers).
 */
@RestController
class FeedController {

    private final EventFeed feed;

    FeedController(EventFeed feed) {
        this.feed = feed;
    }

    @GetMapping(path = "/feed", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter feed(Caller caller, @RequestParam(required = false) List<String> types,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            @RequestParam(name = "lastEventId", required = false) String lastEventIdParam) {
        Partners.requirePartner(caller);
        Set<EventType<?>> selected = selected(caller, types);
        String resume = lastEventId != null ? lastEventId : lastEventIdParam;
        try {
            return feed.open(selected, resume);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("invalid-last-event-id", "Last-Event-ID " + resume
                    + " is not a position this feed gave out");
        } catch (EventFeed.FeedFull e) {
            throw new ProblemException(503, "feed-full", e.getMessage());
        }
    }

    private static Set<EventType<?>> selected(Caller caller, List<String> types) {
        Set<EventType<?>> selected = new LinkedHashSet<>();
        if (types == null || types.isEmpty()) {
            EventCatalog.all().stream().filter(type -> Scopes.mayRead(caller.scopes(), type)).forEach(selected::add);
            if (selected.isEmpty()) {
                throw new AccessDeniedException(caller.subject() + " may read no public topic");
            }
            return selected;
        }
        for (String ceType : types) {
            EventType<?> type = EventCatalog.byType(ceType).filter(t -> !t.publishedByPartners()).orElseThrow(() ->
                    ProblemException.badRequest("unknown-event-type", "'" + ceType + "' is not an event type of a public topic"));
            if (!Scopes.mayRead(caller.scopes(), type)) {
                throw new AccessDeniedException(caller.subject() + " may not read " + type.topic());
            }
            selected.add(type);
        }
        return selected;
    }
}
