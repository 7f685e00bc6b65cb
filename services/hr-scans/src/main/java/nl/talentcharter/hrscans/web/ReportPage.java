package nl.talentcharter.hrscans.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.talentcharter.hrscans.application.ScanReport;
import nl.talentcharter.hrscans.domain.insight.Benchmark;
import nl.talentcharter.hrscans.domain.insight.DomainTrend;
import nl.talentcharter.hrscans.domain.insight.PeerGroupLevel;
import nl.talentcharter.hrscans.domain.scan.ActionPoint;
import nl.talentcharter.hrscans.domain.scan.DomainResult;
import nl.talentcharter.hrscans.domain.scan.HrScan;
import nl.talentcharter.hrscans.domain.template.TemplateDomain;
import org.springframework.web.util.HtmlUtils;

/**
 * The printable report of a scan, in Dutch, as a company would bring it to its management team: scores
 * against peers and the previous scan (radar chart and table), the improvement areas, the agreed actions.
 * Plain server-side HTML with inline CSS and SVG; every text from data is escaped.
 */
final class ReportPage {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
    private static final Map<PeerGroupLevel, String> GROUP = Map.of(
            PeerGroupLevel.SECTOR_REGION_SIZE, "bedrijven uit dezelfde sector, regio en grootteklasse",
            PeerGroupLevel.SECTOR_SIZE, "bedrijven uit dezelfde sector en grootteklasse",
            PeerGroupLevel.SECTOR, "bedrijven uit dezelfde sector",
            PeerGroupLevel.ALL, "alle gescande bedrijven");

    private ReportPage() {
    }

    static String render(ScanReport report) {
        HrScan.State scan = report.scan().state();
        Map<String, TemplateDomain> domains = report.template().domains().stream()
                .collect(Collectors.toMap(TemplateDomain::key, Function.identity()));
        Map<String, DomainTrend> trend = report.trend().stream()
                .collect(Collectors.toMap(DomainTrend::domain, Function.identity()));
        Benchmark benchmark = report.benchmark().orElse(null);
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>HR-scan ")
                .append(e(report.companyName())).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;color:#222}")
                .append("table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left}")
                .append(".num{text-align:right}@media print{body{margin:0}}</style></head><body>");
        html.append("<h1>HR-scan: ").append(e(report.companyName())).append("</h1>");
        html.append("<p>Afgerond op ").append(DATE.format(scan.completedAt().atZone(java.time.ZoneOffset.UTC)))
                .append(" &middot; vragenlijst ").append(e(report.template().title())).append(" (versie ")
                .append(scan.templateVersion()).append(") &middot; totaalscore <strong>")
                .append(score(scan.result().overall())).append("</strong> van 100</p>");

        List<String> axes = scan.result().domains().stream().map(d -> domains.get(d.domain()).title()).toList();
        List<RadarChart.Series> series = new ArrayList<>();
        series.add(new RadarChart.Series("Uw bedrijf", "#1f5fa8", false,
                scan.result().domains().stream().map(DomainResult::score).toList()));
        if (benchmark != null) {
            series.add(new RadarChart.Series("Vergelijkbare bedrijven (" + benchmark.companies() + ")", "#e07b00", false,
                    scan.result().domains().stream().map(d -> benchmark.domains().get(d.domain())).toList()));
        }
        if (!report.trend().isEmpty()) {
            series.add(new RadarChart.Series("Vorige scan", "#777", true,
                    scan.result().domains().stream().map(d -> trend.get(d.domain()).previous()).toList()));
        }
        html.append("<h2>Uw scores per domein</h2>").append(RadarChart.svg(axes, series));
        html.append(benchmark == null
                ? "<p>Er zijn nog te weinig vergelijkbare bedrijven gescand om u met anderen te vergelijken"
                        + " (een groep telt minstens 5 bedrijven).</p>"
                : "<p>Vergeleken met " + benchmark.companies() + " " + GROUP.get(benchmark.level())
                        + " (anoniem, gemiddelde scores).</p>");
        html.append("<table><thead><tr><th>Domein</th><th class=\"num\">Uw score</th><th class=\"num\">Vergelijkbare bedrijven</th>")
                .append("<th class=\"num\">Vorige scan</th><th class=\"num\">Verschil</th></tr></thead><tbody>");
        for (DomainResult d : scan.result().domains()) {
            DomainTrend t = trend.get(d.domain());
            html.append("<tr><td>").append(e(domains.get(d.domain()).title())).append("</td><td class=\"num\">")
                    .append(score(d.score())).append("</td><td class=\"num\">")
                    .append(benchmark == null || benchmark.domains().get(d.domain()) == null ? "&ndash;"
                            : score(benchmark.domains().get(d.domain())))
                    .append("</td><td class=\"num\">").append(t == null || t.previous() == null ? "&ndash;" : score(t.previous()))
                    .append("</td><td class=\"num\">").append(t == null || t.difference() == null ? "&ndash;"
                            : (t.difference() > 0 ? "+" : "") + score(t.difference()))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");

        html.append("<h2>Waar de meeste winst te halen is</h2><ol class=\"improvement-areas\">");
        for (DomainResult d : report.improvementAreas()) {
            html.append("<li>").append(e(domains.get(d.domain()).title())).append(" (").append(score(d.score()))
                    .append(")</li>");
        }
        html.append("</ol>");

        html.append("<h2>Afgesproken acties</h2>");
        if (scan.actionPoints().isEmpty()) {
            html.append("<p>Nog geen acties afgesproken; dat gebeurt in het vervolggesprek.</p>");
        } else {
            html.append("<table class=\"actions\"><thead><tr><th>Actie</th><th>Eigenaar</th><th>Uiterlijk</th>")
                    .append("<th>Actielijn</th><th>Status</th></tr></thead><tbody>");
            for (ActionPoint a : scan.actionPoints()) {
                html.append("<tr><td>").append(e(a.description())).append("</td><td>").append(e(a.owner()))
                        .append("</td><td>").append(DATE.format(a.dueOn())).append("</td><td>")
                        .append(e(a.actionLine().name())).append("</td><td>")
                        .append(a.isDone() ? "afgerond " + DATE.format(a.completedOn()) : "open").append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        return html.append("</body></html>").toString();
    }

    private static String score(double value) {
        return String.format(Locale.forLanguageTag("nl"), "%.1f", value);
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
