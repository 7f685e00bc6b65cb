package nl.talentcharter.monitoring.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.talentcharter.contracts.monitoring.KpiDimension;
import nl.talentcharter.contracts.monitoring.PeriodType;
import nl.talentcharter.monitoring.application.KpiQueries;
import nl.talentcharter.monitoring.domain.Cut;
import nl.talentcharter.monitoring.domain.InvalidPeriod;
import nl.talentcharter.monitoring.domain.Kpi;
import nl.talentcharter.monitoring.domain.KpiValue;
import nl.talentcharter.monitoring.domain.Period;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data (no login): every KPI of one year per month, quarter and year, for one dimension, as JSON with
 * metadata or as CSV. Periods are coded like CBS StatLine. A cell resting on fewer than
 * {@value #MINIMUM_UNITS} units is suppressed (value left out, status {@code x}, as CBS marks confidential
 * cells), so no figure can point at a single organisation.
 */
@RestController
@RequestMapping("/open-data")
public class OpenDataController {

    static final int MINIMUM_UNITS = 5;
    static final String SUPPRESSED = "x";

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Cell(String kpi, String period, String dimension, Double value, String status) {
    }

    private final KpiQueries queries;

    public OpenDataController(KpiQueries queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/kpis.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> json(@RequestParam int year, @RequestParam(defaultValue = "ALL") KpiDimension dimension) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("title", "Talentcharter Limburg: kerncijfers / key figures " + year);
        document.put("publisher", "Talentcharter Limburg");
        document.put("license", "CC0-1.0");
        document.put("suppression", "cellen op minder dan " + MINIMUM_UNITS + " eenheden zijn onderdrukt (status x)"
                + " / cells resting on fewer than " + MINIMUM_UNITS + " units are suppressed (status x)");
        document.put("periods", "CBS StatLine codes: JJ00 jaar/year, KW01-KW04 kwartaal/quarter, MM01-MM12 maand/month");
        document.put("dimension", dimension.name());
        document.put("topics", java.util.Arrays.stream(Kpi.values()).map(kpi -> Map.of("kpi", kpi.id(),
                "title", kpi.titleNl(), "titleEn", kpi.titleEn(), "unit", kpi.unit().name(),
                "definition", kpi.definitionNl(), "definitionEn", kpi.definitionEn())).toList());
        document.put("cells", cells(year, dimension));
        return document;
    }

    @GetMapping(path = "/kpis.csv", produces = "text/csv")
    public ResponseEntity<String> csv(@RequestParam int year, @RequestParam(defaultValue = "ALL") KpiDimension dimension) {
        StringBuilder csv = new StringBuilder("kpi,titel,eenheid,periode,dimensie,waarde,status\r\n");
        for (Cell cell : cells(year, dimension)) {
            Kpi kpi = Kpi.byId(cell.kpi()).orElseThrow();
            csv.append(cell.kpi()).append(',').append(quote(kpi.titleNl())).append(',').append(kpi.unit().name())
                    .append(',').append(cell.period()).append(',').append(cell.dimension()).append(',')
                    .append(cell.value() == null ? "" : number(cell.value())).append(',')
                    .append(cell.status() == null ? "" : cell.status()).append("\r\n");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "inline; filename=\"talentcharter-kpis-" + year + ".csv\"")
                .body(csv.toString());
    }

    private List<Cell> cells(int year, KpiDimension dimension) {
        if (year < 1900 || year > 9999) {
            throw new InvalidPeriod("no year " + year);
        }
        List<Period> periods = new ArrayList<>();
        for (PeriodType type : PeriodType.values()) {
            periods.addAll(Period.all(type, year));
        }
        List<Cell> cells = new ArrayList<>();
        for (KpiValue value : queries.table(periods, Cut.allOf(dimension))) {
            boolean suppressed = value.units() < MINIMUM_UNITS;
            cells.add(new Cell(value.kpi().id(), value.period().code(), value.cut().code(),
                    suppressed ? null : value.value(), suppressed ? SUPPRESSED : null));
        }
        return cells;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
