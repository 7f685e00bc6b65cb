package nl.talentcharter.pools.domain.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person on offer as the matcher sees them: a pseudonymous id and what the rules need, never a name.
 *
 * @param skills            ESCO skill URI to level 1 (basic) .. 4 (expert)
 * @param languages         ISO 639-1 code to CEFR level
 * @param waitingSince      the day the person became available in the pool: ties go to whoever waited longest
 * @param formerEmployers   member ids the person worked for through the pool (continuity)
 * @param group             the groups the fairness report counts placement rates for (e.g. region, cross-border)
 */
public record Candidate(String personId, Map<String, Integer> skills, Map<String, Cefr> languages,
                        List<Certificate> certificates, Coordinates home, int maxTravelKm,
                        List<AvailabilityWindow> availability, boolean consentToShare, LocalDate waitingSince,
                        Set<String> formerEmployers, Map<String, String> group) {

    public Candidate {
        skills = Map.copyOf(skills);
        languages = Map.copyOf(languages);
        certificates = List.copyOf(certificates);
        availability = List.copyOf(availability);
        formerEmployers = Set.copyOf(formerEmployers);
        group = Map.copyOf(group);
    }
}
