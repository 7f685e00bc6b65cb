package nl.talentcharter.contracts.members;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * A member's profile changed; carries the full current profile, so a reader never needs the history.
 */
public record MemberProfileChanged(
        String memberId,
        MemberProfile profile,
        List<String> changedFields,
        Instant changedAt) {

    public MemberProfileChanged {
        requireNonNull(memberId, "memberId");
        requireNonNull(profile, "profile");
        changedFields = List.copyOf(requireNonNull(changedFields, "changedFields"));
        requireNonNull(changedAt, "changedAt");
    }
}
