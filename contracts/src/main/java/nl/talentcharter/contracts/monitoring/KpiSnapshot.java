package nl.talentcharter.contracts.monitoring;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The current value of one KPI cell: one KPI, one period, one dimension value. Published to the compacted
 * topic {@code talentcharter.monitoring.kpi} keyed by {@link #key()}, so the latest snapshot per cell is all
 * a new dashboard has to read.
 *
 * @param key            {@code <kpi>/<period>/<dimension>[:<dimensionValue>]}, e.g.
 *                       {@code members.active/2026MM03/REGION:NOORD_LIMBURG}; the CloudEvents subject and record key
 * @param kpi            the KPI id, e.g. {@code members.active}
 * @param period         period code in the style of CBS StatLine: {@code 2026JJ00}, {@code 2026KW01}, {@code 2026MM03}
 * @param dimensionValue the region, sector, size class or action line; absent for {@link KpiDimension#ALL}
 * @param value          the figure (a count, a percentage 0-100 or a mean score 0-100)
 * @param units          how many units (members, scans) the figure rests on
 */
public record KpiSnapshot(String key, String kpi, String period, PeriodType periodType, KpiDimension dimension,
        @JsonInclude(JsonInclude.Include.NON_NULL) String dimensionValue, double value, KpiUnit unit, long units, Instant computedAt) {

    public KpiSnapshot {
        requireNonNull(key, "key");
        requireNonNull(kpi, "kpi");
        requireNonNull(period, "period");
        requireNonNull(periodType, "periodType");
        requireNonNull(dimension, "dimension");
        requireNonNull(unit, "unit");
        requireNonNull(computedAt, "computedAt");
    }
}
