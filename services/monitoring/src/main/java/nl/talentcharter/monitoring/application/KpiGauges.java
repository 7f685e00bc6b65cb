package nl.talentcharter.monitoring.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.talentcharter.contracts.monitoring.KpiDimension;
import nl.talentcharter.contracts.monitoring.PeriodType;
import nl.talentcharter.monitoring.domain.Cut;
import nl.talentcharter.monitoring.domain.Kpi;
import nl.talentcharter.monitoring.domain.KpiValue;
import nl.talentcharter.monitoring.domain.Period;
import org.springframework.stereotype.Component;

/**
 * Every KPI's uncut figure for the current year, quarter and month as a gauge
 * ({@code talentcharter_kpi{kpi="members.active",period="year",action_line="IDENTIFY"}} on /actuator/prometheus):
 * the period tag names the kind of period, not its code, so the number of series stays fixed (KPIs x 3) and a
 * Grafana panel keeps working across the turn of the year.
 * <p>
 * The figures come from the announcer's refresh behind the consumers (so a scrape soon after an event sees it), and are
 * recomputed from the fact log when older than {@link #MAX_AGE} (after a restart, and when the calendar moves on).
 */
@Component
public class KpiGauges {

    public static final String NAME = "talentcharter.kpi";
    /** The plan's yearly target of a KPI, where it sets one: dashboards draw actual against target. */
    public static final String TARGET = "talentcharter.kpi.target";
    static final Duration MAX_AGE = Duration.ofMinutes(1);

    private final KpiQueries queries;
    private final Clock clock;
    private final MonitoringProperties properties;
    private final Map<String, Double> figures = new ConcurrentHashMap<>();
    private volatile LocalDate computedFor;
    private volatile Instant computedAt = Instant.MIN;

    public KpiGauges(KpiQueries queries, Clock clock, MonitoringProperties properties, MeterRegistry meters) {
        this.queries = queries;
        this.clock = clock;
        this.properties = properties;
        for (Kpi kpi : Kpi.values()) {
            for (PeriodType type : PeriodType.values()) {
                Gauge.builder(NAME, () -> figure(kpi, type))
                        .description("KPI figure for the current period, all members")
                        .tags("kpi", kpi.id(), "period", tag(type), "action_line", kpi.actionLine().name())
                        .register(meters);
            }
            java.math.BigDecimal target = properties.targets().get(kpi.id());
            if (target != null) {
                Gauge.builder(TARGET, target::doubleValue).description("The plan's yearly target of the KPI")
                        .tags("kpi", kpi.id(), "action_line", kpi.actionLine().name()).register(meters);
            }
        }
    }

    /** Takes the figures just computed for the current periods (others are ignored). */
    public synchronized void offer(Collection<KpiValue> values) {
        LocalDate today = today();
        for (KpiValue value : values) {
            if (value.cut().dimension() == KpiDimension.ALL && value.period().contains(today)) {
                figures.put(key(value.kpi(), value.period().type()), value.value());
            }
        }
    }

    private double figure(Kpi kpi, PeriodType type) {
        refreshIfStale();
        return figures.getOrDefault(key(kpi, type), 0.0);
    }

    private synchronized void refreshIfStale() {
        LocalDate today = today();
        if (today.equals(computedFor) && computedAt.plus(MAX_AGE).isAfter(clock.instant())) {
            return;
        }
        offer(queries.table(Period.containing(today), java.util.List.of(Cut.ALL)));
        computedFor = today;
        computedAt = clock.instant();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }

    private static String key(Kpi kpi, PeriodType type) {
        return kpi.id() + "/" + type.name();
    }

    private static String tag(PeriodType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }
}
