package nl.talentcharter.events.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** When a gathering takes place. Planned in Europe/Amsterdam, kept as instants. */
public record Schedule(Instant startsAt, Instant endsAt) {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    public Schedule {
        if (startsAt == null) {
            throw new InvalidGatheringData("startsAt", "a date and time is required");
        }
        if (endsAt == null) {
            throw new InvalidGatheringData("endsAt", "a date and time is required");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidGatheringData("endsAt", "must be after startsAt");
        }
    }

    /** The calendar year it counts for in the yearly plan (Amsterdam time, so New Year's Eve stays in its year). */
    public int year() {
        return ZonedDateTime.ofInstant(startsAt, ZONE).getYear();
    }
}
