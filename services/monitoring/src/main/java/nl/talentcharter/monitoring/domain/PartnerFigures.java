package nl.talentcharter.monitoring.domain;

/** Partners' reports: cut by the partner's own place, as partners are no members with a profile. */
final class PartnerFigures {

    private final FactIndex facts;

    PartnerFigures(FactIndex facts) {
        this.facts = facts;
    }

    /** Partners' reports in the period, cut by their own place; counted, or their quantities summed. */
    KpiValue reports(Cell cell, FactKind kind, boolean sumQuantities) {
        long value = 0;
        for (Noted noted : facts.inPeriod(kind, cell.period())) {
            Fact report = noted.fact();
            if (report.place() != null && cell.cut().includesPlace(report.place())) {
                value += sumQuantities ? report.quantity() : 1;
                cell.ids().add(report);
            }
        }
        return cell.value(value, value);
    }
}
