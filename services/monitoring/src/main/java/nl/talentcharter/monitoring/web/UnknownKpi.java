package nl.talentcharter.monitoring.web;

/** A KPI id this service does not compute. */
public class UnknownKpi extends RuntimeException {
    public UnknownKpi(String id) {
        super("unknown KPI " + id + "; one of " + java.util.Arrays.stream(nl.talentcharter.monitoring.domain.Kpi.values())
                .map(nl.talentcharter.monitoring.domain.Kpi::id).toList());
    }
}
