package nl.talentcharter.hrscans.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.talentcharter.contracts.hrscans.CancellationReason;
import nl.talentcharter.contracts.hrscans.ScanRequester;
import nl.talentcharter.hrscans.domain.scan.ActionPoint;
import nl.talentcharter.hrscans.domain.scan.CompanyProfile;
import nl.talentcharter.hrscans.domain.scan.FollowUp;
import nl.talentcharter.hrscans.domain.scan.HrScan;
import nl.talentcharter.hrscans.domain.scan.ScanResult;
import nl.talentcharter.hrscans.domain.scan.ScanStatus;

/** A scan as the API shows it. */
record ScanView(String id, String memberId, CompanyProfile company, String templateId, int templateVersion,
        ScanStatus status, ScanRequester requestedBy, Instant requestedAt, String advisorId, LocalDate scheduledOn,
        Map<String, String> answers, List<String> unansweredRequired, ScanResult result, Instant completedAt,
        LocalDate followUpDueOn, boolean followUpOverdue, List<FollowUp> followUps, List<ActionPoint> actionPoints,
        Instant closedAt, Instant cancelledAt, CancellationReason cancellationReason) {

    static ScanView of(HrScan scan, List<String> unansweredRequired, LocalDate today) {
        HrScan.State s = scan.state();
        return new ScanView(s.id(), s.memberId(), s.company(), s.templateId(), s.templateVersion(), s.status(),
                s.requestedBy(), s.requestedAt(), s.advisorId(), s.scheduledOn(), s.answers(), unansweredRequired,
                s.result(), s.completedAt(), s.followUpDueOn(), scan.isFollowUpOverdue(today), s.followUps(),
                s.actionPoints(), s.closedAt(), s.cancelledAt(), s.cancellationReason());
    }
}
