package nl.talentcharter.pools.domain.matching;

/** Common European Framework of Reference language levels, lowest first, so order compares ability. */
public enum Cefr {
    A1, A2, B1, B2, C1, C2
}
