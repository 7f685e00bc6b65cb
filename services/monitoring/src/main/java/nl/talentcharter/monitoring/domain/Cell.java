package nl.talentcharter.monitoring.domain;

/** The cell being computed and the events behind its figure, collected or not. */
record Cell(Kpi kpi, Period period, Cut cut, long cutBit, Evidence ids) {

    /** Whether figures counting in {@code cuts} count in this cell's cut. */
    boolean includes(long cuts) {
        return (cuts & cutBit) != 0;
    }

    boolean includes(Noted noted) {
        return includes(noted.cuts());
    }

    KpiValue value(double value, long units) {
        return new KpiValue(kpi, period, cut, value, units, ids.sorted());
    }

    /** For figures whose events can be named twice (a request behind two placements). */
    KpiValue valueOfDistinct(double value, long units) {
        return new KpiValue(kpi, period, cut, value, units, ids.distinctSorted());
    }

    /** Shares and means are published to one decimal. */
    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
