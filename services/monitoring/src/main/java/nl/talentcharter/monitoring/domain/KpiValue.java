package nl.talentcharter.monitoring.domain;

import java.util.List;

/**
 * One KPI cell's figure and what it rests on.
 *
 * @param units    how many units (members, scans) the figure rests on: the base of small-cell suppression
 * @param eventIds the events the figure was computed from, sorted; empty when only the figure was asked for
 *                 ({@link KpiCalculator#figure})
 */
public record KpiValue(Kpi kpi, Period period, Cut cut, double value, long units, List<String> eventIds) {

    public KpiValue {
        eventIds = List.copyOf(eventIds);
    }

    /** {@code <kpi>/<period>/<cut>}: the cell's identity, the snapshot's key. */
    public String key() {
        return key(kpi, period, cut);
    }

    public static String key(Kpi kpi, Period period, Cut cut) {
        return kpi.id() + "/" + period.code() + "/" + cut.code();
    }
}
