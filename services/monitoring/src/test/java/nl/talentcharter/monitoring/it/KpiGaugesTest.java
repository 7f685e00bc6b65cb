package nl.talentcharter.monitoring.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import org.junit.jupiter.api.Test;

/** The current figures as Prometheus gauges, scraped without a token like Prometheus does. */
class KpiGaugesTest extends MonitoringIntegrationTest {

    @Test
    void aMemberJoiningTodayMovesTheGaugesOfTheCurrentYearAndMonth() {
        double year = gauge("members.joined", "year");
        double month = gauge("members.joined", "month");

        join(newId(), LocalDate.now(ZoneId.of("Europe/Amsterdam")),
                profile(Region.MIDDEN_LIMBURG, Sector.CONSTRUCTION, SizeClass.SME, false, ActionLine.REALISE));

        await().atMost(TIMEOUT).untilAsserted(() -> {
            assertThat(gauge("members.joined", "year")).isEqualTo(year + 1);
            assertThat(gauge("members.joined", "month")).isEqualTo(month + 1);
        });
        // every KPI has its three series, also those nothing happened to
        String scrape = scrape();
        assertThat(Pattern.compile("^talentcharter_kpi\\{", Pattern.MULTILINE).matcher(scrape).results().count())
                .isEqualTo(nl.talentcharter.monitoring.domain.Kpi.values().length * 3L);
        assertThat(gaugeIn(scrape, "pools.cross-border-placements", "quarter")).isNotNegative();
        assertThat(scrape).containsPattern(
                "(?m)^talentcharter_kpi_target\\{[^}]*kpi=\"events.held\"[^}]*\\} 2(\\.0)?$");
    }

    /** What deploy/prometheus/alerts.yml watches exists under the names the rules use. */
    @Test
    void theScrapeCarriesTheMetricsTheAlertRulesWatch() {
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(scrape())
                .containsPattern("(?m)^spring_cloud_stream_binder_kafka_offset\\{[^}]*group=\"monitoring\"[^}]*topic=\"talentcharter.members\"")
                .containsPattern("(?m)^eventkit_outbox_backlog\\{[^}]*application=\"monitoring\"")
                .contains("eventkit_events_consumed_total{"));
    }

    private double gauge(String kpi, String period) {
        return gaugeIn(scrape(), kpi, period);
    }

    private String scrape() {
        HttpResponse<String> response = get("/actuator/prometheus", null);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static double gaugeIn(String scrape, String kpi, String period) {
        Matcher line = Pattern.compile("^talentcharter_kpi\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        while (line.find()) {
            String labels = line.group(1);
            if (labels.contains("kpi=\"" + kpi + "\"") && labels.contains("period=\"" + period + "\"")) {
                return Double.parseDouble(line.group(2));
            }
        }
        throw new AssertionError("no gauge for " + kpi + " " + period + " in the scrape");
    }
}
