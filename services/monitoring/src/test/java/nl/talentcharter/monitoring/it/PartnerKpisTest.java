package nl.talentcharter.monitoring.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.talentcharter.contracts.EventType;
import nl.talentcharter.contracts.partners.CourseAnnounced;
import nl.talentcharter.contracts.partners.CourseKind;
import nl.talentcharter.contracts.partners.PartnerEvents;
import nl.talentcharter.contracts.partners.WorkToWorkCaseReported;
import nl.talentcharter.contracts.partners.WorkToWorkReason;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import nl.talentcharter.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Partners' reports relayed by the partner gateway on talentcharter.partners.inbound (no ce_sequence, the partner
 * as source): courses announced and work-to-work cases with their workers, cut by the report's own region and
 * sector; a repeated report counts once. Year 2052 (work-to-work cases); courses count on the day they were sent.
 */
class PartnerKpisTest extends MonitoringIntegrationTest {

    @Test
    void workToWorkCasesAndTheirWorkersPerRegionAndCoursesAnnounced() {
        String first = report(new WorkToWorkCaseReported(newId(), Region.ZUID_LIMBURG, Sector.TECHNOLOGY_AND_MANUFACTURING,
                SizeClass.LARGE, 40, WorkToWorkReason.REORGANISATION, LocalDate.of(2052, 3, 2)), "/partners/eszl", newId());
        WorkToWorkCaseReported second = new WorkToWorkCaseReported(newId(), Region.NOORD_LIMBURG, Sector.LOGISTICS,
                SizeClass.SME, 6, WorkToWorkReason.CLOSURE, LocalDate.of(2052, 3, 20));
        String secondId = newId();
        report(second, "/partners/crossroads", secondId);
        double today = value("partners.courses-announced", thisYear(), "SECTOR:CARE");
        report(new CourseAnnounced("zorg-bbl-" + newId(), "Gilde Opleidingen", "Verzorgende IG (BBL)",
                CourseKind.TRAINEESHIP, Sector.CARE, Region.NOORD_LIMBURG, LocalDate.of(2052, 9, 1),
                LocalDate.of(2054, 7, 1), 20, "https://example.org/vig"), "/partners/gilde", newId());

        awaitValue("partners.courses-announced", thisYear(), "SECTOR:CARE", today + 1);
        assertThat(value("partners.work-to-work-cases", "2052MM03", "ALL")).isEqualTo(2);
        assertThat(value("partners.work-to-work-workers", "2052MM03", "ALL")).isEqualTo(46);
        assertThat(value("partners.work-to-work-workers", "2052JJ00", "REGION:NOORD_LIMBURG")).isEqualTo(6);
        assertThat(value("partners.work-to-work-cases", "2052JJ00", "SIZE_CLASS:LARGE")).isEqualTo(1);
        assertThat(value("partners.work-to-work-cases", "2052JJ00", "ACTION_LINE:REALISE")).isZero();

        double duplicates = counter("monitoring.events.duplicates", PartnerEvents.WORK_TO_WORK_CASE_REPORTED.type());
        report(second, "/partners/crossroads", secondId);
        awaitCounter("monitoring.events.duplicates", PartnerEvents.WORK_TO_WORK_CASE_REPORTED.type(), duplicates + 1);
        assertThat(value("partners.work-to-work-workers", "2052JJ00", "ALL")).isEqualTo(46);

        JsonNode trace = JSON.readTree(get("/kpis/partners.work-to-work-cases/trace?period=2052JJ00&dimension=REGION:ZUID_LIMBURG",
                TestTokens.viewer()).body());
        assertThat(trace.path("events").values().stream().map(e -> e.path("id").asString()).toList())
                .containsExactly(first);
    }

    private static String thisYear() {
        return LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).getYear() + "JJ00";
    }

    /** As the partner gateway relays it: the partner as source, no ce_sequence. */
    private static <T> String report(T payload, String source, String ceId) {
        EventType<?> type = payload instanceof CourseAnnounced ? PartnerEvents.COURSE_ANNOUNCED
                : PartnerEvents.WORK_TO_WORK_CASE_REPORTED;
        String subject = payload instanceof CourseAnnounced course ? course.courseId()
                : ((WorkToWorkCaseReported) payload).caseId();
        OTHER_SERVICES.event(type.topic(), type.type(), source).id(ceId).subject(subject).json(payload).publish();
        return ceId;
    }
}
