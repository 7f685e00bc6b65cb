package nl.talentcharter.contracts.hrscans;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A scan ended before it was completed.
 */
public record HrScanCancelled(String scanId, String memberId, CancellationReason reason, Instant cancelledAt) {

    public HrScanCancelled {
        requireNonNull(scanId, "scanId");
        requireNonNull(memberId, "memberId");
        requireNonNull(reason, "reason");
        requireNonNull(cancelledAt, "cancelledAt");
    }
}
