package nl.talentcharter.monitoring.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.talentcharter.contracts.Topics;
import nl.talentcharter.contracts.hrscans.DomainScore;
import nl.talentcharter.contracts.hrscans.FollowUpHeld;
import nl.talentcharter.contracts.hrscans.FollowUpOverdue;
import nl.talentcharter.contracts.hrscans.HrScanCompleted;
import nl.talentcharter.contracts.hrscans.HrScanEvents;
import nl.talentcharter.contracts.hrscans.HrScanRequested;
import nl.talentcharter.contracts.hrscans.ScanRequester;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import org.junit.jupiter.api.Test;

/** HR scan KPIs from hr-scans events, cut by the member's dimensions; unknown event types are skipped. */
class HrScanKpisTest extends MonitoringIntegrationTest {

    @Test
    void requestedCompletedFollowUpsAndScoresPerPeriodAndCut() {
        String member = newId();
        join(member, LocalDate.of(2032, 1, 5),
                profile(Region.MIDDEN_LIMBURG, Sector.CONSTRUCTION, SizeClass.SME, false, ActionLine.DEVELOP));
        String onTime = newId();
        String late = newId();
        for (String scan : List.of(onTime, late)) {
            publish(HrScanEvents.HR_SCAN_REQUESTED, scan, new HrScanRequested(scan, member, "hr-scan", 1,
                    ScanRequester.MEMBER, Instant.parse("2032-04-02T10:00:00Z")));
        }
        publish(HrScanEvents.HR_SCAN_COMPLETED, onTime, new HrScanCompleted(onTime, member, "hr-scan", 1, 60,
                List.of(new DomainScore("leren", 80, List.of(ActionLine.DEVELOP)),
                        new DomainScore("werving", 40, List.of(ActionLine.ATTRACT))),
                Instant.parse("2032-04-10T10:00:00Z"), LocalDate.of(2032, 5, 10)));
        publish(HrScanEvents.HR_SCAN_COMPLETED, late, new HrScanCompleted(late, member, "hr-scan", 1, 70,
                List.of(new DomainScore("leren", 90, List.of(ActionLine.DEVELOP))),
                Instant.parse("2032-04-20T10:00:00Z"), LocalDate.of(2032, 5, 20)));
        publish(HrScanEvents.FOLLOW_UP_HELD, onTime,
                new FollowUpHeld(onTime, member, newId(), LocalDate.of(2032, 5, 1), "advisor-1", 2));
        publish(HrScanEvents.FOLLOW_UP_OVERDUE, late,
                new FollowUpOverdue(late, member, LocalDate.of(2032, 5, 20), LocalDate.of(2032, 5, 21)));

        awaitValue("hr-scans.overdue", "2032MM05", "ALL", 1);
        awaitValue("hr-scans.follow-up-on-time", "2032MM04", "ALL", 1);
        assertThat(value("hr-scans.requested", "2032KW02", "ALL")).isEqualTo(2);
        assertThat(value("hr-scans.completed", "2032MM04", "REGION:MIDDEN_LIMBURG")).isEqualTo(2);
        assertThat(value("hr-scans.completed", "2032MM04", "REGION:ZUID_LIMBURG")).isZero();
        assertThat(value("hr-scans.average-score", "2032MM04", "ALL")).isEqualTo(65);
        // per action line: the mean of the domains of that line
        assertThat(value("hr-scans.average-score", "2032MM04", "ACTION_LINE:DEVELOP")).isEqualTo(85);
        assertThat(value("hr-scans.average-score", "2032MM04", "ACTION_LINE:ATTRACT")).isEqualTo(40);
        assertThat(kpi("hr-scans.average-score", "2032MM04", "ACTION_LINE:ATTRACT").path("units").asLong()).isEqualTo(1);
    }

    @Test
    void anUnknownEventTypeIsCountedAndSkippedAndWhatFollowsStillCounts() {
        String type = "nl.talentcharter.hr-scans.scan-admired.v1";
        double skipped = counter("monitoring.events.skipped", type);
        String scan = newId();
        OTHER_SERVICES.event(Topics.HR_SCANS, type, "/talentcharter/hr-scans").subject(scan).sequence(1)
                .data("{\"scanId\":\"x\",\"admiration\":11}").publish();
        publish(HrScanEvents.HR_SCAN_REQUESTED, scan, new HrScanRequested(scan, newId(), "hr-scan", 1,
                ScanRequester.OPERATOR, Instant.parse("2036-02-02T10:00:00Z")));

        awaitValue("hr-scans.requested", "2036MM02", "ALL", 1);
        awaitCounter("monitoring.events.skipped", type, skipped + 1);
    }
}
