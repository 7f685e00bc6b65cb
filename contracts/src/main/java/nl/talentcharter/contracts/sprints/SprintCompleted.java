package nl.talentcharter.contracts.sprints;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import nl.talentcharter.contracts.vocabulary.ActionLine;

/**
 * A sprint ended with its outcomes: what monitoring counts per theme and action line.
 *
 * @param outcomeSummary       what was tried, in a few sentences, without personal data
 * @param practicesShared      how many practices the companies shared with each other
 * @param agreementsToContinue how many agreements to continue together were made
 */
public record SprintCompleted(String sprintId, String themeId, String themeName, List<ActionLine> actionLines,
        List<String> memberIds, int sessionsHeld, String outcomeSummary, int practicesShared,
        int agreementsToContinue, LocalDate completedOn) {

    public SprintCompleted {
        requireNonNull(sprintId, "sprintId");
        requireNonNull(themeId, "themeId");
        requireNonNull(themeName, "themeName");
        requireNonNull(outcomeSummary, "outcomeSummary");
        requireNonNull(completedOn, "completedOn");
        actionLines = List.copyOf(actionLines);
        memberIds = List.copyOf(memberIds);
    }
}
