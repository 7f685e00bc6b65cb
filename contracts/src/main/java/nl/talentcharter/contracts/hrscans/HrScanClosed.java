package nl.talentcharter.contracts.hrscans;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The scan and its follow-up conversations are finished (at least one was held).
 */
public record HrScanClosed(String scanId, String memberId, int followUpsHeld, int actionPointsAgreed,
        int actionPointsCompleted, Instant closedAt) {

    public HrScanClosed {
        requireNonNull(scanId, "scanId");
        requireNonNull(memberId, "memberId");
        requireNonNull(closedAt, "closedAt");
    }
}
