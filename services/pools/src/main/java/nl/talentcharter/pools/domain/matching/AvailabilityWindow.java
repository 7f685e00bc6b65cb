package nl.talentcharter.pools.domain.matching;

/** When a person can work and for how many hours a week. */
public record AvailabilityWindow(Period period, int hoursPerWeek) {

    public AvailabilityWindow {
        if (period == null) {
            throw new IllegalArgumentException("an availability window needs a period");
        }
        if (hoursPerWeek < 1 || hoursPerWeek > 60) {
            throw new IllegalArgumentException("hours per week must be 1 to 60, not " + hoursPerWeek);
        }
    }
}
