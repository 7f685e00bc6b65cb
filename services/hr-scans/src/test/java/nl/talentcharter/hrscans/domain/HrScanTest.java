package nl.talentcharter.hrscans.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.talentcharter.contracts.hrscans.CancellationReason;
import nl.talentcharter.contracts.hrscans.FollowUpOverdue;
import nl.talentcharter.contracts.hrscans.ScanRequester;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import nl.talentcharter.hrscans.application.TemplateFiles;
import nl.talentcharter.hrscans.domain.insight.Benchmark;
import nl.talentcharter.hrscans.domain.insight.PeerBenchmark;
import nl.talentcharter.hrscans.domain.insight.PeerGroupLevel;
import nl.talentcharter.hrscans.domain.insight.PeerScore;
import nl.talentcharter.hrscans.domain.scan.CompanyProfile;
import nl.talentcharter.hrscans.domain.scan.HrScan;
import nl.talentcharter.hrscans.domain.scan.InvalidScanInput;
import nl.talentcharter.hrscans.domain.scan.NewActionPoint;
import nl.talentcharter.hrscans.domain.scan.ScanRefused;
import nl.talentcharter.hrscans.domain.scan.ScanResult;
import nl.talentcharter.hrscans.domain.scan.ScanStatus;
import nl.talentcharter.hrscans.domain.scan.Scoring;
import nl.talentcharter.hrscans.domain.template.Question;
import nl.talentcharter.hrscans.domain.template.ScanTemplate;
import nl.talentcharter.hrscans.domain.template.TemplateCatalog;
import org.junit.jupiter.api.Test;

/** The scan's rules, scoring and the benchmark's suppression, without Spring. */
class HrScanTest {

    static final TemplateCatalog CATALOG = TemplateFiles.load(TemplateFiles.LOCATION);
    static final ScanTemplate V1 = CATALOG.get("hr-scan", 1);
    static final CompanyProfile CARE_SOUTH_SME = new CompanyProfile(Sector.CARE, Region.ZUID_LIMBURG, SizeClass.SME);
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    static HrScan scheduled() {
        HrScan scan = HrScan.request("s-1", "m-1", CARE_SOUTH_SME, V1, ScanRequester.MEMBER, NOW);
        scan.schedule("advisor-1", LocalDate.parse("2026-03-10"));
        return scan;
    }

    static Map<String, String> all(ScanTemplate template, int level, boolean withOptional) {
        return template.questions().filter(q -> withOptional || q.required()).collect(Collectors.toMap(Question::key,
                q -> q.options().stream().filter(o -> o.level() == level).findFirst().orElseThrow().key()));
    }

    @Test
    void the_default_templates_are_published_in_dutch_with_ten_domains_and_a_mapping_for_v2() {
        assertThat(V1.domains()).hasSize(10);
        assertThat(V1.domain("onboarding").title()).isEqualTo("Inwerken");
        assertThat(CATALOG.current("hr-scan").version()).isEqualTo(2);
        assertThat(CATALOG.get("hr-scan", 2).previousDomainsOf("learning-and-careers"))
                .containsExactly("learning-and-development", "performance-and-careers");
        assertThatThrownBy(() -> V1.domains().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void unanswered_optional_questions_are_left_out_of_the_score() {
        Map<String, String> answers = new java.util.HashMap<>(all(V1, 4, false));
        ScanResult requiredOnly = Scoring.score(V1, answers);
        assertThat(requiredOnly.overall()).isEqualTo(100.0);
        answers.put("swp-regional-data", "not-yet");
        ScanResult withLowOptional = Scoring.score(V1, answers);
        // strategic workforce planning: two required at 100, one optional at 0 -> 66.7
        assertThat(withLowOptional.domain("strategic-workforce-planning").orElseThrow().score()).isEqualTo(66.7);
        assertThat(withLowOptional.improvementAreas(3).get(0).domain()).isEqualTo("strategic-workforce-planning");
    }

    @Test
    void a_scan_cannot_be_completed_with_required_questions_open_nor_closed_without_a_follow_up() {
        HrScan scan = scheduled();
        scan.answer(V1, Map.of("ob-plan", "arranged"));
        assertThatThrownBy(() -> scan.complete(V1, NOW, Period.ofDays(30))).isInstanceOf(InvalidScanInput.class);
        scan.answer(V1, all(V1, 3, false));
        scan.complete(V1, NOW, Period.ofDays(30));
        assertThat(scan.state().followUpDueOn()).isEqualTo(LocalDate.parse("2026-04-01"));
        assertThatThrownBy(() -> scan.close(NOW)).isInstanceOf(ScanRefused.class)
                .extracting(e -> ((ScanRefused) e).code()).isEqualTo("follow-up-required");
        assertThatThrownBy(() -> scan.cancel(CancellationReason.WITHDRAWN, NOW)).isInstanceOf(ScanRefused.class);
        assertThatThrownBy(() -> scan.answer(V1, Map.of("ob-plan", "ad-hoc"))).isInstanceOf(ScanRefused.class);

        scan.holdFollowUp(LocalDate.parse("2026-03-20"), "advisor-1", "notes",
                List.of(new NewActionPoint("Inwerkplan", "HR", LocalDate.parse("2026-06-01"), ActionLine.RETAIN)));
        scan.close(NOW);
        assertThat(scan.status()).isEqualTo(ScanStatus.CLOSED);
    }

    @Test
    void a_refused_answer_batch_changes_nothing() {
        HrScan scan = scheduled();
        HrScan.State before = scan.state();
        assertThatThrownBy(() -> scan.answer(V1, Map.of("ob-plan", "arranged", "ob-check-in", "perhaps")))
                .isInstanceOf(InvalidScanInput.class);
        assertThat(scan.state()).isSameAs(before);
    }

    @Test
    void an_overdue_follow_up_is_announced_once() {
        HrScan scan = scheduled();
        scan.answer(V1, all(V1, 2, false));
        scan.complete(V1, NOW, Period.ofDays(30));
        LocalDate due = scan.state().followUpDueOn();
        assertThat(scan.announceOverdueFollowUp(due)).as("due today is not overdue yet").isFalse();
        assertThat(scan.announceOverdueFollowUp(due.plusDays(1))).isTrue();
        assertThat(scan.announceOverdueFollowUp(due.plusDays(2))).isFalse();
        assertThat(scan.pendingEvents()).filteredOn(FollowUpOverdue.class::isInstance).hasSize(1);
    }

    @Test
    void a_benchmark_group_needs_five_other_companies_and_widens_until_it_has_them() {
        ScanResult result = new ScanResult(50, List.of());
        List<PeerScore> peers = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            peers.add(new PeerScore("peer-" + i, CARE_SOUTH_SME, NOW, result));
        }
        peers.add(new PeerScore("m-1", CARE_SOUTH_SME, NOW, result)); // the company itself never counts
        assertThat(PeerBenchmark.of("m-1", CARE_SOUTH_SME, peers)).isEmpty();

        peers.add(new PeerScore("north", new CompanyProfile(Sector.CARE, Region.NOORD_LIMBURG, SizeClass.SME), NOW, result));
        Benchmark sectorSize = PeerBenchmark.of("m-1", CARE_SOUTH_SME, peers).orElseThrow();
        assertThat(sectorSize.level()).isEqualTo(PeerGroupLevel.SECTOR_SIZE);
        assertThat(sectorSize.companies()).isEqualTo(5);

        peers.add(new PeerScore("peer-4", CARE_SOUTH_SME, NOW, result));
        assertThat(PeerBenchmark.of("m-1", CARE_SOUTH_SME, peers).orElseThrow().level())
                .isEqualTo(PeerGroupLevel.SECTOR_REGION_SIZE);
    }
}
