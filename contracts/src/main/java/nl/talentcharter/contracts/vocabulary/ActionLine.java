package nl.talentcharter.contracts.vocabulary;

/**
 * The six action lines of the Talent Charter: the programme's way of sorting every activity. Travels
 * on the wire as the constant's name.
 */
public enum ActionLine {
    IDENTIFY, DEVELOP, ATTRACT, REALISE, MAINTAIN, RETAIN
}
