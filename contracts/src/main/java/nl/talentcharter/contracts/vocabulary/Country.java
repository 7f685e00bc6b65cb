package nl.talentcharter.contracts.vocabulary;

/** Countries of the cross-border labour market around Limburg. Travels on the wire as the constant's name. */
public enum Country {
    NL, BE, DE
}
