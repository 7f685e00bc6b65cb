package nl.talentcharter.pools.domain.request;

import nl.talentcharter.pools.domain.matching.Cefr;

/** A language (ISO 639-1) and the minimum CEFR level. */
public record LanguageLevel(String language, Cefr level) {
}
