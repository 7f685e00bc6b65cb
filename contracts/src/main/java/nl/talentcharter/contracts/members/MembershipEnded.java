package nl.talentcharter.contracts.members;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A membership period is over; re-joining later starts the next period.
 */
public record MembershipEnded(String memberId, int membershipPeriod, String reason, LocalDate endedOn) {

    public MembershipEnded {
        requireNonNull(memberId, "memberId");
        requireNonNull(reason, "reason");
        requireNonNull(endedOn, "endedOn");
    }
}
