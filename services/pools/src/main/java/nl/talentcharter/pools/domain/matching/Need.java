package nl.talentcharter.pools.domain.matching;

import java.util.Map;
import java.util.Set;

/**
 * A member's open request as the matcher sees it: {@code count} positions alike.
 *
 * @param requiredSkills ESCO skill URI to the minimum level; all are hard rules
 * @param desiredSkills  ESCO skill URIs that add to the score
 * @param languages      ISO 639-1 code to the minimum CEFR level
 * @param certificates   certificate names that must be valid for the whole period
 * @param declined       people declined or overruled for this request before: never proposed for it again
 */
public record Need(String requestId, String memberId, Map<String, Integer> requiredSkills, Set<String> desiredSkills,
                   Map<String, Cefr> languages, Set<String> certificates, Period period, int hoursPerWeek,
                   Coordinates place, String placeName, int count, Set<String> declined) {

    public Need {
        requiredSkills = Map.copyOf(requiredSkills);
        desiredSkills = Set.copyOf(desiredSkills);
        languages = Map.copyOf(languages);
        certificates = Set.copyOf(certificates);
        declined = Set.copyOf(declined);
    }

    /** A request nobody was declined for yet. */
    public Need(String requestId, String memberId, Map<String, Integer> requiredSkills, Set<String> desiredSkills,
                Map<String, Cefr> languages, Set<String> certificates, Period period, int hoursPerWeek,
                Coordinates place, String placeName, int count) {
        this(requestId, memberId, requiredSkills, desiredSkills, languages, certificates, period, hoursPerWeek, place,
                placeName, count, Set.of());
    }
}
