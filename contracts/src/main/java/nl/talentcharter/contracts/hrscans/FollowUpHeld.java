package nl.talentcharter.contracts.hrscans;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A follow-up conversation on a completed scan took place. Notes stay in the service.
 *
 * @param advisorId        the advisor's pseudonymous account id
 * @param actionPointsAgreed how many action points were agreed in it (each also as ActionPointAgreed)
 */
public record FollowUpHeld(String scanId, String memberId, String followUpId, LocalDate heldOn, String advisorId,
        int actionPointsAgreed) {

    public FollowUpHeld {
        requireNonNull(scanId, "scanId");
        requireNonNull(memberId, "memberId");
        requireNonNull(followUpId, "followUpId");
        requireNonNull(heldOn, "heldOn");
        requireNonNull(advisorId, "advisorId");
    }
}
