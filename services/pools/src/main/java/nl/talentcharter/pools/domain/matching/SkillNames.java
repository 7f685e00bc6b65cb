package nl.talentcharter.pools.domain.matching;

/** Plain-language names for ESCO skill URIs, so explanations speak of "forklift driving", not of a URI. */
@FunctionalInterface
public interface SkillNames {

    String nameOf(String escoUri);

    static SkillNames uris() {
        return uri -> uri;
    }
}
