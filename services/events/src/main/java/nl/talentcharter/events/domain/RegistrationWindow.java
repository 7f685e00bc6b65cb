package nl.talentcharter.events.domain;

import java.time.Instant;

/**
 * When registration is accepted: from {@code opensAt} (null: at once) until {@code closesAt} (null: the
 * start of the gathering).
 */
public record RegistrationWindow(Instant opensAt, Instant closesAt) {

    public RegistrationWindow {
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            throw new InvalidGatheringData("registrationClosesAt", "must be after registrationOpensAt");
        }
    }

    public static RegistrationWindow always() {
        return new RegistrationWindow(null, null);
    }

    Instant effectiveClose(Schedule schedule) {
        return closesAt == null ? schedule.startsAt() : closesAt;
    }
}
