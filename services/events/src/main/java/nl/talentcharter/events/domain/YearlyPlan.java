package nl.talentcharter.events.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.talentcharter.contracts.events.EventKind;

/**
 * One year of gatherings against the plan's yearly minimum per kind. Planned counts what is on the calendar
 * and not cancelled (held ones included); held counts what took place. A kind without a target (work
 * visits) is reported with target 0, so the figure is there but never "behind".
 */
public record YearlyPlan(int year, List<Line> lines) {

    /**
     * @param onTrack enough is on the calendar to meet the target
     * @param met     the target is met by gatherings that took place
     */
    public record Line(EventKind kind, int target, int planned, int held, int cancelled, boolean onTrack, boolean met) {

        static Line of(EventKind kind, int target, int planned, int held, int cancelled) {
            return new Line(kind, target, planned, held, cancelled, planned >= target, held >= target);
        }
    }

    /**
     * @param gatherings the gatherings starting in {@code year}; others are ignored
     * @param now        what counts as over (held)
     */
    public static YearlyPlan of(int year, Map<EventKind, Integer> targets, Collection<Gathering> gatherings,
            Instant now) {
        List<Line> lines = java.util.Arrays.stream(EventKind.values()).map(kind -> {
            List<Gathering> ofKind = gatherings.stream()
                    .filter(g -> g.kind() == kind && g.schedule().year() == year).toList();
            int cancelled = (int) ofKind.stream().filter(Gathering::isCancelled).count();
            int held = (int) ofKind.stream().filter(g -> g.isHeld(now)).count();
            return Line.of(kind, targets.getOrDefault(kind, 0), ofKind.size() - cancelled, held, cancelled);
        }).toList();
        return new YearlyPlan(year, lines);
    }
}
