package nl.talentcharter.monitoring.web;

import java.util.List;
import java.util.Map;
import nl.talentcharter.contracts.monitoring.KpiDimension;
import nl.talentcharter.contracts.monitoring.PeriodType;
import nl.talentcharter.monitoring.application.KpiQueries;
import nl.talentcharter.monitoring.application.MonitoringProperties;
import nl.talentcharter.monitoring.domain.Cut;
import nl.talentcharter.monitoring.domain.Kpi;
import nl.talentcharter.monitoring.domain.KpiValue;
import nl.talentcharter.monitoring.domain.Period;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** KPI figures for operators and viewers: per period and cut, as a trend, per dimension, and traced to events. */
@RestController
@RequestMapping("/kpis")
@PreAuthorize("hasAnyRole('OPERATOR','VIEWER')")
public class KpiController {

    private final KpiQueries queries;
    private final MonitoringProperties properties;
    private final KpiStream stream;

    public KpiController(KpiQueries queries, MonitoringProperties properties, KpiStream stream) {
        this.queries = queries;
        this.properties = properties;
        this.stream = stream;
    }

    /**
     * Server-sent KPI snapshots (event {@code kpi}); reconnect with {@code Last-Event-ID} to resume. From the
     * beginning of the compacted topic (the latest figure per cell), or with {@code from=end} only the changes.
     */
    @GetMapping(path = "/stream", produces = org.springframework.http.MediaType.TEXT_EVENT_STREAM_VALUE)
    public org.springframework.web.servlet.mvc.method.annotation.SseEmitter stream(
            @org.springframework.web.bind.annotation.RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            @RequestParam(name = "from", defaultValue = "beginning") String from) {
        return switch (from) {
            case "beginning" -> stream.open(lastEventId, false);
            case "end" -> stream.open(lastEventId, true);
            default -> throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.BAD_REQUEST, "from is beginning or end, not " + from);
        };
    }

    /** Every KPI for one period and cut, with its definition and yearly target. */
    @GetMapping
    public List<KpiView> all(@RequestParam String period, @RequestParam(defaultValue = "ALL") String dimension) {
        return queries.all(Period.parse(period), Cut.parse(dimension)).stream().map(this::view).toList();
    }

    @GetMapping("/{kpi}")
    public KpiView one(@PathVariable String kpi, @RequestParam String period,
            @RequestParam(defaultValue = "ALL") String dimension) {
        return view(queries.one(Kpis.find(kpi), Period.parse(period), Cut.parse(dimension)));
    }

    /** The events the figure was computed from. */
    @GetMapping("/{kpi}/trace")
    public Map<String, Object> trace(@PathVariable String kpi, @RequestParam String period,
            @RequestParam(defaultValue = "ALL") String dimension) {
        KpiValue value = queries.one(Kpis.find(kpi), Period.parse(period), Cut.parse(dimension));
        return Map.of("kpi", view(value), "events", queries.trace(value).stream().map(TraceEvent::of).toList());
    }

    /**
     * How often each theme (a tag of what was heard) came up on work visits in the period, with the visits it was
     * heard on: the per-theme view of {@code governance.themes-heard}.
     */
    @GetMapping("/governance.themes-heard/themes")
    public List<nl.talentcharter.monitoring.domain.KpiCalculator.ThemeCount> themes(@RequestParam String period,
            @RequestParam(defaultValue = "ALL") String dimension) {
        return queries.themes(Period.parse(period), Cut.parse(dimension));
    }

    @GetMapping("/{kpi}/series")
    public List<KpiView> series(@PathVariable String kpi, @RequestParam int year,
            @RequestParam(defaultValue = "MONTH") PeriodType periodType,
            @RequestParam(defaultValue = "ALL") String dimension) {
        return queries.series(Kpis.find(kpi), periodType, year, Cut.parse(dimension)).stream().map(this::view).toList();
    }

    @GetMapping("/{kpi}/breakdown")
    public List<KpiView> breakdown(@PathVariable String kpi, @RequestParam String period,
            @RequestParam KpiDimension by) {
        return queries.breakdown(Kpis.find(kpi), Period.parse(period), by).stream().map(this::view).toList();
    }

    private KpiView view(KpiValue value) {
        return KpiView.of(value, properties.targets().get(value.kpi().id()));
    }

    /** Looks a KPI up by its id. */
    static final class Kpis {
        static Kpi find(String id) {
            return Kpi.byId(id).orElseThrow(() -> new UnknownKpi(id));
        }
    }
}
