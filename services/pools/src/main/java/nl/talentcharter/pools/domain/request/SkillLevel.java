package nl.talentcharter.pools.domain.request;

/** A required skill (ESCO URI) and the minimum level 1..4; a list of these, since URIs cannot be store keys. */
public record SkillLevel(String skill, int level) {
}
