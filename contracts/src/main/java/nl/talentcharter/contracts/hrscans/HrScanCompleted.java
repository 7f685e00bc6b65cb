package nl.talentcharter.contracts.hrscans;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * All required questions are answered and the scores are fixed. Scores only: answers and notes stay in
 * the service.
 *
 * @param overallScore   the weighted mean of the domain scores, 0 to 100
 * @param followUpDueOn  by when the first follow-up conversation should be held
 */
public record HrScanCompleted(String scanId, String memberId, String templateId, int templateVersion,
        double overallScore, List<DomainScore> domainScores, Instant completedAt, LocalDate followUpDueOn) {

    public HrScanCompleted {
        requireNonNull(scanId, "scanId");
        requireNonNull(memberId, "memberId");
        requireNonNull(templateId, "templateId");
        requireNonNull(completedAt, "completedAt");
        requireNonNull(followUpDueOn, "followUpDueOn");
        domainScores = List.copyOf(domainScores);
    }
}
