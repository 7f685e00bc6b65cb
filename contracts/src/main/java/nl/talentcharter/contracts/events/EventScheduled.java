package nl.talentcharter.contracts.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import nl.talentcharter.contracts.vocabulary.ActionLine;

/**
 * A labour-market event, governance meeting or work visit was put on the calendar. Times are instants
 * (UTC); the service plans them in Europe/Amsterdam. An online link is not published (it admits people).
 *
 * @param placeName            where it takes place; absent for an online-only gathering
 * @param capacity             seats; absent when there is no limit
 * @param registrationOpensAt  absent when registration is open from scheduling on
 * @param registrationClosesAt absent when registration is open until the start
 * @param visitedMemberId      the member visited, for a {@link EventKind#WORK_VISIT} only
 */
public record EventScheduled(
        String eventId,
        EventKind kind,
        String title,
        Instant startsAt,
        Instant endsAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String placeName,
        boolean online,
        Audience audience,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer capacity,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant registrationOpensAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant registrationClosesAt,
        List<String> organiserMemberIds,
        List<String> organiserPartners,
        List<ActionLine> actionLines,
        @JsonInclude(JsonInclude.Include.NON_NULL) String visitedMemberId) {

    public EventScheduled {
        requireNonNull(eventId, "eventId");
        requireNonNull(kind, "kind");
        requireNonNull(title, "title");
        requireNonNull(startsAt, "startsAt");
        requireNonNull(endsAt, "endsAt");
        requireNonNull(audience, "audience");
        organiserMemberIds = List.copyOf(organiserMemberIds);
        organiserPartners = List.copyOf(organiserPartners);
        actionLines = List.copyOf(actionLines);
    }
}
