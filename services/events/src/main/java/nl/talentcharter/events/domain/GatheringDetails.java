package nl.talentcharter.events.domain;

import java.util.List;
import nl.talentcharter.contracts.events.Audience;
import nl.talentcharter.contracts.events.EventKind;
import nl.talentcharter.contracts.vocabulary.ActionLine;

/**
 * What an operator says when scheduling a gathering.
 *
 * @param capacity       seats, or null for no limit
 * @param waitlist       whether registrations beyond capacity join a waitlist (false: they are refused)
 * @param memberPriority whether member contacts go before guests when a seat comes free
 */
public record GatheringDetails(EventKind kind, String title, Schedule schedule, String placeName, String onlineLink,
        Audience audience, Integer capacity, boolean waitlist, boolean memberPriority, RegistrationWindow window,
        List<String> organiserMemberIds, List<String> organiserPartners, List<ActionLine> actionLines,
        String visitedMemberId) {

    public GatheringDetails {
        if (kind == null) {
            throw new InvalidGatheringData("kind", "is required");
        }
        title = Texts.require("title", title, 200);
        if (schedule == null) {
            throw new InvalidGatheringData("startsAt", "a date and time is required");
        }
        placeName = placeName == null || placeName.isBlank() ? null : Texts.require("placeName", placeName, 200);
        onlineLink = onlineLink == null || onlineLink.isBlank() ? null : Texts.require("onlineLink", onlineLink, 500);
        if (placeName == null && onlineLink == null) {
            throw new InvalidGatheringData("placeName", "a place or an online link is required");
        }
        if (onlineLink != null && !onlineLink.startsWith("https://")) {
            throw new InvalidGatheringData("onlineLink", "must be an https:// link");
        }
        if (audience == null) {
            throw new InvalidGatheringData("audience", "MEMBERS_ONLY or OPEN is required");
        }
        if (capacity != null && capacity < 1) {
            throw new InvalidGatheringData("capacity", "must be at least 1 (leave it out for no limit)");
        }
        window = window == null ? RegistrationWindow.always() : window;
        if (window.closesAt() != null && window.closesAt().isAfter(schedule.startsAt())) {
            throw new InvalidGatheringData("registrationClosesAt", "must not be after the start");
        }
        if (window.opensAt() != null && !window.opensAt().isBefore(schedule.startsAt())) {
            throw new InvalidGatheringData("registrationOpensAt", "must be before the start");
        }
        organiserMemberIds = distinct(organiserMemberIds);
        organiserPartners = distinct(organiserPartners);
        organiserPartners.forEach(partner -> Texts.require("organiserPartners", partner, 200));
        actionLines = actionLines == null ? List.of() : List.copyOf(actionLines.stream().distinct().toList());
        if (kind == EventKind.WORK_VISIT && (visitedMemberId == null || visitedMemberId.isBlank())) {
            throw new InvalidGatheringData("visitedMemberId", "a work visit names the member visited");
        }
        if (kind != EventKind.WORK_VISIT && visitedMemberId != null) {
            throw new InvalidGatheringData("visitedMemberId", "only a work visit names a member visited");
        }
    }

    private static <T> List<T> distinct(List<T> values) {
        return values == null ? List.of() : List.copyOf(values.stream().distinct().toList());
    }
}
