package nl.talentcharter.pools.domain.matching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Whole days from {@code from} to {@code to}, both included. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a period needs a start and an end");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Days both periods share; 0 when they do not meet. */
    public long overlapDays(Period other) {
        LocalDate start = from.isAfter(other.from) ? from : other.from;
        LocalDate end = to.isBefore(other.to) ? to : other.to;
        return end.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
    }

    @Override
    public String toString() {
        return from + " to " + to;
    }
}
