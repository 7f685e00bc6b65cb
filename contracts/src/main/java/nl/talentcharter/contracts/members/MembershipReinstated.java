package nl.talentcharter.contracts.members;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A suspended membership is active again, in the same membership period.
 */
public record MembershipReinstated(String memberId, int membershipPeriod, LocalDate reinstatedOn) {

    public MembershipReinstated {
        requireNonNull(memberId, "memberId");
        requireNonNull(reinstatedOn, "reinstatedOn");
    }
}
