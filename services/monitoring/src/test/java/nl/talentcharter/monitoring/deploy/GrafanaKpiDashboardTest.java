package nl.talentcharter.monitoring.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.talentcharter.monitoring.domain.Kpi;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The provisioned Grafana KPI dashboard (deploy/grafana/dashboards/kpis.json) asks only for KPIs and metrics this
 * service exposes, and shows every KPI: a renamed or added KPI fails here, not silently as an empty panel.
 */
class GrafanaKpiDashboardTest {

    private static final Path DASHBOARD = Path.of("../../deploy/grafana/dashboards/kpis.json");
    /** Metrics the dashboard may query: the KPI gauges, and what event-kit, the binder and the projection expose. */
    private static final Set<String> METRICS = Set.of("talentcharter_kpi", "talentcharter_kpi_target",
            "eventkit_events_consumed_total", "spring_cloud_stream_binder_kafka_offset",
            "monitoring_events_skipped_total", "monitoring_events_duplicates_total");

    @Test
    void everyPanelQueriesKnownKpisAndMetricsAndEveryKpiIsShown() throws Exception {
        JsonNode dashboard = JsonMapper.builder().build().readTree(Files.readString(DASHBOARD));
        assertThat(dashboard.path("uid").asString()).isEqualTo("talentcharter-kpis");
        List<String> expressions = new ArrayList<>();
        dashboard.path("panels").values().forEach(panel ->
                panel.path("targets").values().forEach(target -> expressions.add(target.path("expr").asString())));
        assertThat(expressions).isNotEmpty();

        Set<String> kpis = expressions.stream().flatMap(e -> matches(e, "kpi=\"([^\"]+)\"")).collect(Collectors.toSet());
        Set<String> known = Stream.of(Kpi.values()).map(Kpi::id).collect(Collectors.toSet());
        assertThat(known).containsAll(kpis);
        assertThat(kpis).containsAll(known);

        Set<String> metrics = expressions.stream().flatMap(e -> matches(e, "\\b((?:talentcharter|eventkit|spring|monitoring|kafka)_[a-z0-9_]+)")).collect(Collectors.toSet());
        assertThat(METRICS).containsAll(metrics);
    }

    private static Stream<String> matches(String expression, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(expression);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found.stream();
    }
}
