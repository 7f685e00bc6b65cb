package nl.talentcharter.monitoring.application;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the monitoring service.
 *
 * @param zone      the zone business days are counted in (an event at 23:30 UTC on 31 March is April in Limburg)
 * @param targets   yearly targets per KPI id (e.g. {@code members.active: 150}), from the plan
 * @param budget    the plan's budget per line, in euros
 */
@ConfigurationProperties("monitoring")
public record MonitoringProperties(ZoneId zone, Map<String, BigDecimal> targets, Map<String, BigDecimal> budget,
        Duration streamPollInterval) {

    public MonitoringProperties {
        zone = zone == null ? ZoneId.of("Europe/Amsterdam") : zone;
        targets = targets == null ? Map.of() : new LinkedHashMap<>(targets);
        budget = budget == null ? Map.of() : new LinkedHashMap<>(budget);
        streamPollInterval = streamPollInterval == null ? Duration.ofMillis(500) : streamPollInterval;
    }
}
