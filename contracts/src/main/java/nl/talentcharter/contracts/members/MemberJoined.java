package nl.talentcharter.contracts.members;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A membership became active. {@code membershipPeriod} counts from 1 and grows each time an
 * organisation joins again after its membership ended.
 *
 * @param firstContact how the alliance first reached the organisation; absent when unknown
 */
public record MemberJoined(
        String memberId,
        int membershipPeriod,
        MemberProfile profile,
        LocalDate joinedOn,
        @JsonInclude(JsonInclude.Include.NON_NULL) FirstContact firstContact) {

    public MemberJoined {
        requireNonNull(memberId, "memberId");
        requireNonNull(profile, "profile");
        requireNonNull(joinedOn, "joinedOn");
    }
}
