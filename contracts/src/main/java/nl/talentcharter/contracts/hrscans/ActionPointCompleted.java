package nl.talentcharter.contracts.hrscans;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import nl.talentcharter.contracts.vocabulary.ActionLine;

/**
 * An agreed action point was marked done.
 */
public record ActionPointCompleted(String scanId, String memberId, String actionPointId, ActionLine actionLine,
        LocalDate completedOn) {

    public ActionPointCompleted {
        requireNonNull(scanId, "scanId");
        requireNonNull(memberId, "memberId");
        requireNonNull(actionPointId, "actionPointId");
        requireNonNull(actionLine, "actionLine");
        requireNonNull(completedOn, "completedOn");
    }
}
