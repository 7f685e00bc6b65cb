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

    /** How many of {@code noted} count in this cell's cut; their facts are the events behind the figure. */
    long count(Iterable<Noted> noted) {
        long count = 0;
        for (Noted n : noted) {
            if (includes(n)) {
                count++;
                ids.add(n.fact());
            }
        }
        return count;
    }

    /** The same for joined facts, counted by the fact counted; both events of each join are behind the figure. */
    long countJoined(Iterable<Joined> joined) {
        long count = 0;
        for (Joined j : joined) {
            if (includes(j.counted())) {
                count++;
                ids.add(j.counted().fact());
                ids.add(j.with());
            }
        }
        return count;
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
