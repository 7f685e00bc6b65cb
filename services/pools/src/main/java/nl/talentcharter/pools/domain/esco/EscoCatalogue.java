package nl.talentcharter.pools.domain.esco;

import java.util.Map;
import java.util.Set;
import nl.talentcharter.pools.domain.InvalidInput;
import nl.talentcharter.pools.domain.matching.SkillNames;

/** The curated ESCO skills and occupations the pools accept; anything else is refused as unknown. */
public final class EscoCatalogue implements SkillNames {

    private final Map<String, String> skills;
    private final Map<String, String> occupations;

    public EscoCatalogue(Map<String, String> skills, Map<String, String> occupations) {
        this.skills = Map.copyOf(skills);
        this.occupations = Map.copyOf(occupations);
    }

    public void requireSkills(String field, Set<String> uris) {
        for (String uri : uris) {
            InvalidInput.require(skills.containsKey(uri), field, "unknown ESCO skill " + uri);
        }
    }

    public void requireOccupation(String field, String uri) {
        InvalidInput.require(occupations.containsKey(uri), field, "unknown ESCO occupation " + uri);
    }

    public Map<String, String> skills() {
        return skills;
    }

    public Map<String, String> occupations() {
        return occupations;
    }

    @Override
    public String nameOf(String escoUri) {
        return skills.getOrDefault(escoUri, escoUri);
    }
}
