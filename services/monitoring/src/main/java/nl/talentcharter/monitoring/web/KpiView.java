package nl.talentcharter.monitoring.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import nl.talentcharter.monitoring.domain.KpiValue;

/** One figure as the API shows it; {@code target} is the yearly target of the plan, if it sets one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KpiView(String key, String kpi, String actionLine, String titleNl, String titleEn,
        String definitionNl, String definitionEn, String unit,
        String period, String dimension, double value, long units, int events, BigDecimal target,
        boolean cutByMember) {

    static KpiView of(KpiValue v, BigDecimal target) {
        return new KpiView(v.key(), v.kpi().id(), v.kpi().actionLine().name(), v.kpi().titleNl(), v.kpi().titleEn(),
                v.kpi().definitionNl(), v.kpi().definitionEn(),
                v.kpi().unit().name(), v.period().code(), v.cut().code(), v.value(), v.units(), v.eventIds().size(),
                target, v.kpi().cutByMember());
    }
}
