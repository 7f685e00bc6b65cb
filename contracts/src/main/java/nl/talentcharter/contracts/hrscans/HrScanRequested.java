package nl.talentcharter.contracts.hrscans;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A member organisation asked for an HR scan on one published template version.
 */
public record HrScanRequested(String scanId, String memberId, String templateId, int templateVersion,
        ScanRequester requestedBy, Instant requestedAt) {

    public HrScanRequested {
        requireNonNull(scanId, "scanId");
        requireNonNull(memberId, "memberId");
        requireNonNull(templateId, "templateId");
        requireNonNull(requestedBy, "requestedBy");
        requireNonNull(requestedAt, "requestedAt");
    }
}
