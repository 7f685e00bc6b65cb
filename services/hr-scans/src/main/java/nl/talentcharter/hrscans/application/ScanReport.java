package nl.talentcharter.hrscans.application;

import java.util.List;
import java.util.Optional;
import nl.talentcharter.hrscans.domain.insight.Benchmark;
import nl.talentcharter.hrscans.domain.insight.DomainTrend;
import nl.talentcharter.hrscans.domain.scan.DomainResult;
import nl.talentcharter.hrscans.domain.scan.HrScan;
import nl.talentcharter.hrscans.domain.template.ScanTemplate;

/**
 * What a completed scan tells a company: its scores, the three domains with most room to improve, the
 * difference with its previous scan (mapped across template versions), and the peer benchmark if a
 * large enough group exists.
 *
 * @param previousScanId null when this is the company's first completed scan
 * @param trend          empty without a previous scan
 */
public record ScanReport(HrScan scan, ScanTemplate template, String companyName, List<DomainResult> improvementAreas,
        String previousScanId, List<DomainTrend> trend, Optional<Benchmark> benchmark) {
}
