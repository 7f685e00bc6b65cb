package nl.talentcharter.contracts.vocabulary;

/** Level of an education institution (Dutch system). Travels on the wire as the constant's name. */
public enum EducationLevel {
    MBO, HBO, WO
}
