package nl.talentcharter.events.application;

import java.util.EnumMap;
import java.util.Map;
import nl.talentcharter.contracts.events.EventKind;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The plan's yearly minimum per kind of gathering ({@code events.targets}). */
@ConfigurationProperties("events")
public record YearlyTargets(Map<EventKind, Integer> targets) {

    public YearlyTargets {
        targets = targets == null ? Map.of() : Map.copyOf(new EnumMap<>(targets));
        targets.forEach((kind, target) -> {
            if (target == null || target < 0) {
                throw new IllegalArgumentException("events.targets." + kind + " must be 0 or more");
            }
        });
    }
}
