package nl.talentcharter.events.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import nl.talentcharter.contracts.events.Audience;
import nl.talentcharter.contracts.events.EventKind;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.SizeClass;

/** Test data for the domain's unit tests. */
final class Gatherings {

    static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    private Gatherings() {
    }

    static Schedule on(String localStart) {
        Instant start = LocalDateTime.parse(localStart).atZone(Schedule.ZONE).toInstant();
        return new Schedule(start, start.plusSeconds(7200));
    }

    static GatheringDetails details(EventKind kind, Schedule schedule, Integer capacity, boolean waitlist,
            boolean memberPriority) {
        return new GatheringDetails(kind, "Test " + kind, schedule, "Venlo", null, Audience.OPEN, capacity, waitlist,
                memberPriority, null, List.of(), List.of(), List.of(),
                kind == EventKind.WORK_VISIT ? "m-visited" : null);
    }

    static Gathering event(Integer capacity) {
        return Gathering.schedule(GatheringId.random(), details(EventKind.LABOUR_MARKET_EVENT,
                on("2026-04-01T14:00"), capacity, true, false), NOW);
    }

    static Gathering of(EventKind kind, String localStart) {
        return Gathering.schedule(GatheringId.random(), details(kind, on(localStart), null, true, false), NOW);
    }

    static Attendee contact(String memberId, String contactId) {
        return Attendee.memberContact(memberId, contactId);
    }

    static Attendee guest(String email, String organisation, SizeClass size, Region region) {
        return Attendee.guest(new Guest("Guest", email, organisation, null, size, region, NOW, false));
    }
}
