package nl.talentcharter.hrscans.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.talentcharter.hrscans.application.ScanInsights;
import nl.talentcharter.hrscans.application.ScanReport;
import nl.talentcharter.hrscans.application.ScanService;
import nl.talentcharter.hrscans.domain.insight.Benchmark;
import nl.talentcharter.hrscans.domain.insight.DomainTrend;
import nl.talentcharter.hrscans.domain.scan.DomainResult;
import nl.talentcharter.hrscans.domain.scan.HrScan;
import nl.talentcharter.servicekit.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a completed scan tells the company: as JSON and as the printable HTML report. */
@RestController
@RequestMapping("/scans/{scanId}")
@Tag(name = "HR scan results")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAnyRole('OPERATOR', 'MEMBER')")
public class ReportController {

    private final ScanService scans;
    private final ScanInsights insights;

    public ReportController(ScanService scans, ScanInsights insights) {
        this.scans = scans;
        this.insights = insights;
    }

    /** @param benchmark absent when no peer group of at least five companies exists */
    record ResultsView(String scanId, double overall, List<DomainResult> domains, List<DomainResult> improvementAreas,
            String previousScanId, List<DomainTrend> trend, Benchmark benchmark) {
    }

    @GetMapping(path = "/results", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Scores, the three domains with most room to improve, trend against the previous scan, peer benchmark")
    public ResultsView results(@PathVariable String scanId, Caller caller) {
        ScanReport report = report(scanId, caller);
        HrScan.State s = report.scan().state();
        return new ResultsView(s.id(), s.result().overall(), s.result().domains(), report.improvementAreas(),
                report.previousScanId(), report.trend(), report.benchmark().orElse(null));
    }

    @GetMapping(path = "/report", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The printable report (HTML, Dutch) with a radar chart against peers and the previous scan")
    public String report(@PathVariable String scanId, Caller caller, jakarta.servlet.http.HttpServletResponse response) {
        response.setCharacterEncoding("UTF-8");
        return ReportPage.render(report(scanId, caller));
    }

    private ScanReport report(String scanId, Caller caller) {
        return insights.report(Access.ownOrOperator(scans.get(scanId), caller));
    }
}
