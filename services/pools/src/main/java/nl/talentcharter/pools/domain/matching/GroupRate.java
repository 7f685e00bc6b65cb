package nl.talentcharter.pools.domain.matching;

/**
 * How one recorded group fared in a matching run.
 *
 * @param considered people of the group in the run (with consent)
 * @param eligible   of them, eligible for at least one open position
 * @param placed     of them, proposed for a position
 */
public record GroupRate(String dimension, String group, int considered, int eligible, int placed) {

    public double placementRate() {
        return considered == 0 ? 0 : (double) placed / considered;
    }
}
