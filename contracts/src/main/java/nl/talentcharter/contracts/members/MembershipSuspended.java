package nl.talentcharter.contracts.members;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A membership is put on hold; it can be reinstated within the same period.
 */
public record MembershipSuspended(
        String memberId,
        int membershipPeriod,
        String reason,
        LocalDate suspendedOn) {

    public MembershipSuspended {
        requireNonNull(memberId, "memberId");
        requireNonNull(reason, "reason");
        requireNonNull(suspendedOn, "suspendedOn");
    }
}
