package nl.talentcharter.contracts.hrscans;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import nl.talentcharter.contracts.vocabulary.ActionLine;

/**
 * In a follow-up conversation the company agreed to act on one point. What exactly and who owns it stay in
 * the service (free text, possibly a person's name).
 */
public record ActionPointAgreed(String scanId, String memberId, String followUpId, String actionPointId,
        ActionLine actionLine, LocalDate dueOn) {

    public ActionPointAgreed {
        requireNonNull(scanId, "scanId");
        requireNonNull(memberId, "memberId");
        requireNonNull(followUpId, "followUpId");
        requireNonNull(actionPointId, "actionPointId");
        requireNonNull(actionLine, "actionLine");
        requireNonNull(dueOn, "dueOn");
    }
}
