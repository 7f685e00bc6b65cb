package nl.talentcharter.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * What the province heard on the shop floor of a member, without who said it or who visited.
 *
 * @param followUps how many follow-ups were agreed (their owners stay in the events service)
 */
public record WorkVisitReported(
        String eventId,
        String visitedMemberId,
        LocalDate visitedOn,
        List<HeardItem> heard,
        int followUps) {

    public WorkVisitReported {
        requireNonNull(eventId, "eventId");
        requireNonNull(visitedMemberId, "visitedMemberId");
        requireNonNull(visitedOn, "visitedOn");
        heard = List.copyOf(heard);
    }
}
