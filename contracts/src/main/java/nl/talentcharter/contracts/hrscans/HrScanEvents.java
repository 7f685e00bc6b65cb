package nl.talentcharter.contracts.hrscans;

import java.util.List;
import nl.talentcharter.contracts.EventType;
import nl.talentcharter.contracts.Topics;

/**
 * The events the hr-scans service publishes on {@link Topics#HR_SCANS}; subject and key = scanId, so one
 * scan's events stay in order. Every payload also names the member the scan belongs to.
 */
public final class HrScanEvents {

    public static final String SERVICE = "hr-scans";

    public static final EventType<HrScanRequested> HR_SCAN_REQUESTED =
            EventType.of(SERVICE, "hr-scan-requested", 1, Topics.HR_SCANS, HrScanRequested.class);
    public static final EventType<HrScanScheduled> HR_SCAN_SCHEDULED =
            EventType.of(SERVICE, "hr-scan-scheduled", 1, Topics.HR_SCANS, HrScanScheduled.class);
    public static final EventType<HrScanCompleted> HR_SCAN_COMPLETED =
            EventType.of(SERVICE, "hr-scan-completed", 1, Topics.HR_SCANS, HrScanCompleted.class);
    public static final EventType<FollowUpHeld> FOLLOW_UP_HELD =
            EventType.of(SERVICE, "follow-up-held", 1, Topics.HR_SCANS, FollowUpHeld.class);
    public static final EventType<FollowUpOverdue> FOLLOW_UP_OVERDUE =
            EventType.of(SERVICE, "follow-up-overdue", 1, Topics.HR_SCANS, FollowUpOverdue.class);
    public static final EventType<ActionPointAgreed> ACTION_POINT_AGREED =
            EventType.of(SERVICE, "action-point-agreed", 1, Topics.HR_SCANS, ActionPointAgreed.class);
    public static final EventType<ActionPointCompleted> ACTION_POINT_COMPLETED =
            EventType.of(SERVICE, "action-point-completed", 1, Topics.HR_SCANS, ActionPointCompleted.class);
    public static final EventType<HrScanClosed> HR_SCAN_CLOSED =
            EventType.of(SERVICE, "hr-scan-closed", 1, Topics.HR_SCANS, HrScanClosed.class);
    public static final EventType<HrScanCancelled> HR_SCAN_CANCELLED =
            EventType.of(SERVICE, "hr-scan-cancelled", 1, Topics.HR_SCANS, HrScanCancelled.class);

    private HrScanEvents() {
    }

    public static List<EventType<?>> all() {
        return List.of(HR_SCAN_REQUESTED, HR_SCAN_SCHEDULED, HR_SCAN_COMPLETED, FOLLOW_UP_HELD, FOLLOW_UP_OVERDUE,
                ACTION_POINT_AGREED, ACTION_POINT_COMPLETED, HR_SCAN_CLOSED, HR_SCAN_CANCELLED);
    }
}
