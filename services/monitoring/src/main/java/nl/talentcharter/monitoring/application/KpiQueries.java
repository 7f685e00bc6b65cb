package nl.talentcharter.monitoring.application;

import java.util.List;
import nl.talentcharter.contracts.monitoring.KpiDimension;
import nl.talentcharter.contracts.monitoring.PeriodType;
import nl.talentcharter.monitoring.domain.Cut;
import nl.talentcharter.monitoring.domain.Kpi;
import nl.talentcharter.monitoring.domain.KpiCalculator;
import nl.talentcharter.monitoring.domain.KpiValue;
import nl.talentcharter.monitoring.domain.Period;
import nl.talentcharter.monitoring.persistence.FactLog;
import nl.talentcharter.monitoring.persistence.MemberDirectory;
import org.bson.Document;
import org.springframework.stereotype.Service;

/** Reads figures, computed from the fact log on demand (the same calculation that feeds the snapshots). */
@Service
public class KpiQueries {

    private final FactLog facts;
    private final MemberDirectory members;

    public KpiQueries(FactLog facts, MemberDirectory members) {
        this.facts = facts;
        this.members = members;
    }

    public List<KpiValue> all(Period period, Cut cut) {
        KpiCalculator calculator = calculator();
        return java.util.Arrays.stream(Kpi.values()).map(kpi -> calculator.compute(kpi, period, cut)).toList();
    }

    /** Every KPI for every period and cut given, from one reading of the facts. */
    public List<KpiValue> table(List<Period> periods, List<Cut> cuts) {
        KpiCalculator calculator = calculator();
        List<KpiValue> values = new java.util.ArrayList<>();
        for (Period period : periods) {
            for (Cut cut : cuts) {
                for (Kpi kpi : Kpi.values()) {
                    values.add(calculator.compute(kpi, period, cut));
                }
            }
        }
        return values;
    }

    public KpiValue one(Kpi kpi, Period period, Cut cut) {
        return calculator().compute(kpi, period, cut);
    }

    /** The figure per month or quarter of a year (a trend). */
    public List<KpiValue> series(Kpi kpi, PeriodType type, int year, Cut cut) {
        KpiCalculator calculator = calculator();
        return Period.all(type, year).stream().map(period -> calculator.compute(kpi, period, cut)).toList();
    }

    /** The figure per value of one dimension (e.g. per region). */
    public List<KpiValue> breakdown(Kpi kpi, Period period, KpiDimension dimension) {
        KpiCalculator calculator = calculator();
        return Cut.allOf(dimension).stream().map(cut -> calculator.compute(kpi, period, cut)).toList();
    }

    /** The themes heard on work visits, counted per theme (tag), most heard first. */
    public List<KpiCalculator.ThemeCount> themes(Period period, Cut cut) {
        return calculator().themes(period, cut);
    }

    /** The events behind a figure, as recorded (id, type, day, member, topic, partition, offset). */
    public List<Document> trace(KpiValue value) {
        return facts.documents(value.eventIds());
    }

    private KpiCalculator calculator() {
        return new KpiCalculator(facts.all(), members.all());
    }
}
