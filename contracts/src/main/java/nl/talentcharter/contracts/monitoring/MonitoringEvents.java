package nl.talentcharter.contracts.monitoring;

import java.util.List;
import nl.talentcharter.contracts.EventType;
import nl.talentcharter.contracts.Topics;

/**
 * The events the monitoring service publishes on the compacted {@link Topics#MONITORING_KPI}; subject and key
 * = the KPI cell's key, so compaction keeps the latest snapshot per cell.
 */
public final class MonitoringEvents {

    public static final String SERVICE = "monitoring";

    public static final EventType<KpiSnapshot> KPI_SNAPSHOT =
            EventType.of(SERVICE, "kpi-snapshot", 1, Topics.MONITORING_KPI, KpiSnapshot.class);

    private MonitoringEvents() {
    }

    public static List<EventType<?>> all() {
        return List.of(KPI_SNAPSHOT);
    }
}
