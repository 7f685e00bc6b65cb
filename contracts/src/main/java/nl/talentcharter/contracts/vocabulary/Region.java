package nl.talentcharter.contracts.vocabulary;

/**
 * Where in Limburg (or across its border) an organisation is located: the unit KPIs are reported by.
 * Travels on the wire as the constant's name.
 */
public enum Region {
    NOORD_LIMBURG, MIDDEN_LIMBURG, ZUID_LIMBURG, CROSS_BORDER
}
