package nl.talentcharter.events.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import nl.talentcharter.contracts.events.Audience;
import nl.talentcharter.contracts.events.EventKind;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.events.domain.GatheringDetails;
import nl.talentcharter.events.domain.RegistrationWindow;
import nl.talentcharter.events.domain.Schedule;

/**
 * Scheduling input. Date and times are local to Europe/Amsterdam, the way organisers plan; the service
 * stores and publishes instants.
 *
 * @param waitlist       default true
 * @param memberPriority default false
 */
public record ScheduleBody(@NotNull EventKind kind, @NotBlank String title, @NotNull LocalDate date,
        @NotNull LocalTime startTime, @NotNull LocalTime endTime, String placeName, String onlineLink,
        @NotNull Audience audience, Integer capacity, Boolean waitlist, Boolean memberPriority,
        LocalDateTime registrationOpensAt, LocalDateTime registrationClosesAt, List<String> organiserMemberIds,
        List<String> organiserPartners, List<ActionLine> actionLines, String visitedMemberId) {

    GatheringDetails toDetails() {
        return new GatheringDetails(kind, title, schedule(date, startTime, endTime), placeName, onlineLink, audience,
                capacity, waitlist == null || waitlist, memberPriority != null && memberPriority,
                new RegistrationWindow(amsterdam(registrationOpensAt), amsterdam(registrationClosesAt)),
                organiserMemberIds, organiserPartners, actionLines, visitedMemberId);
    }

    static Schedule schedule(LocalDate date, LocalTime start, LocalTime end) {
        return new Schedule(amsterdam(LocalDateTime.of(date, start)), amsterdam(LocalDateTime.of(date, end)));
    }

    static Instant amsterdam(LocalDateTime local) {
        return local == null ? null : local.atZone(Schedule.ZONE).toInstant();
    }
}
