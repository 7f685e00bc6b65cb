package nl.talentcharter.contracts.members;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * An organisation applied for membership; it is not a member yet.
 */
public record MemberApplied(String memberId, MemberProfile profile, LocalDate appliedOn) {

    public MemberApplied {
        requireNonNull(memberId, "memberId");
        requireNonNull(profile, "profile");
        requireNonNull(appliedOn, "appliedOn");
    }
}
