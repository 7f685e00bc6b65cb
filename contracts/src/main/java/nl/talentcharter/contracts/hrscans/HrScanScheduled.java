package nl.talentcharter.contracts.hrscans;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * An advisor and a date were fixed for the scan (again, when it is re-scheduled).
 *
 * @param advisorId the advisor's pseudonymous account id, never a name
 */
public record HrScanScheduled(String scanId, String memberId, String advisorId, LocalDate scheduledOn) {

    public HrScanScheduled {
        requireNonNull(scanId, "scanId");
        requireNonNull(memberId, "memberId");
        requireNonNull(advisorId, "advisorId");
        requireNonNull(scheduledOn, "scheduledOn");
    }
}
