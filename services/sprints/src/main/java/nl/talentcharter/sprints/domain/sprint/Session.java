package nl.talentcharter.sprints.domain.sprint;

import java.time.LocalDate;
import java.util.List;

/**
 * A held sprint session: its date, agenda, which participating companies were present and the notes.
 * Notes and agenda stay in this service; only counts travel on the topic.
 */
public record Session(String id, int number, LocalDate heldOn, String agenda, List<String> presentMemberIds,
        List<String> expectedMemberIds, String notes) {

    public Session {
        presentMemberIds = List.copyOf(presentMemberIds);
        expectedMemberIds = List.copyOf(expectedMemberIds);
    }
}
