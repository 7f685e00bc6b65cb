package nl.talentcharter.contracts.partners;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;

/**
 * A labour-market region reports a work-to-work case: workers of one employer who need another job. Counts
 * only; neither the employer nor the workers are named.
 *
 * @param caseId the region's own reference of the case: the subject
 */
public record WorkToWorkCaseReported(String caseId, Region region, Sector sector, SizeClass employerSizeClass,
                                     int workersConcerned, WorkToWorkReason reason, LocalDate reportedOn) {

    public WorkToWorkCaseReported {
        requireNonNull(caseId, "caseId");
        requireNonNull(region, "region");
        requireNonNull(sector, "sector");
        requireNonNull(employerSizeClass, "employerSizeClass");
        requireNonNull(reason, "reason");
        requireNonNull(reportedOn, "reportedOn");
    }
}
