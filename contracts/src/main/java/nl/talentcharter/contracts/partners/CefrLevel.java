package nl.talentcharter.contracts.partners;

/** Common European Framework of Reference language levels, lowest first. */
public enum CefrLevel {
    A1, A2, B1, B2, C1, C2
}
