package nl.talentcharter.events.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import nl.talentcharter.contracts.events.Audience;
import nl.talentcharter.contracts.events.EventKind;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.events.domain.Gathering;
import nl.talentcharter.events.domain.Schedule;

/** A gathering as clients see it: local Amsterdam times for people, instants for machines, seat counts. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GatheringView(String id, EventKind kind, String title, LocalDateTime localStart, LocalDateTime localEnd,
        Instant startsAt, Instant endsAt, String placeName, String onlineLink, Audience audience, Integer capacity,
        boolean waitlist, boolean memberPriority, Instant registrationOpensAt, Instant registrationClosesAt,
        int confirmed, int waitlisted, List<String> organiserMemberIds, List<String> organiserPartners,
        List<ActionLine> actionLines, String visitedMemberId, boolean cancelled, String cancellationReason) {

    static GatheringView of(Gathering g) {
        return new GatheringView(g.id().value(), g.kind(), g.title(),
                LocalDateTime.ofInstant(g.schedule().startsAt(), Schedule.ZONE),
                LocalDateTime.ofInstant(g.schedule().endsAt(), Schedule.ZONE), g.schedule().startsAt(),
                g.schedule().endsAt(), g.placeName(), g.onlineLink(), g.audience(), g.capacity(), g.hasWaitlist(),
                g.givesMembersPriority(), g.window().opensAt(), g.window().closesAt(), g.confirmedCount(),
                g.waitlistedCount(), g.organiserMemberIds(), g.organiserPartners(), g.actionLines(),
                g.visitedMemberId(), g.isCancelled(), g.cancellationReason());
    }
}
