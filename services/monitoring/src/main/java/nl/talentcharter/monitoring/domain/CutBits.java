package nl.talentcharter.monitoring.domain;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.talentcharter.contracts.monitoring.KpiDimension;

/**
 * Every cut numbered, so that the cuts a member falls into are one bit mask, worked out once per member: a cell
 * tests its cut with one bit operation per fact instead of comparing the member's profile per fact and cut
 * (that comparison was a third of the calculator's time once the events were no longer collected).
 */
final class CutBits {

    private static final Map<Cut, Long> BITS = new HashMap<>();
    static final long ALL;

    static {
        List<Cut> every = Arrays.stream(KpiDimension.values()).flatMap(d -> Cut.allOf(d).stream()).toList();
        if (every.size() > Long.SIZE) {
            throw new IllegalStateException(every.size() + " cuts do not fit a mask of " + Long.SIZE + " bits");
        }
        for (int i = 0; i < every.size(); i++) {
            BITS.put(every.get(i), 1L << i);
        }
        ALL = BITS.get(Cut.ALL);
    }

    private CutBits() {
    }

    static long of(Cut cut) {
        return BITS.get(cut);
    }

    /** The cuts of {@link Cut#of}, the same that {@link Cut#includes} the member. */
    static long of(MemberDimensions member) {
        long bits = 0;
        for (Cut cut : Cut.of(member)) {
            bits |= of(cut);
        }
        return bits;
    }
}
