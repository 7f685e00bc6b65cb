package nl.talentcharter.contracts.vocabulary;

/** What kind of organisation a member is. Travels on the wire as the constant's name. */
public enum OrganisationKind {
    EMPLOYER, EMPLOYER_ASSOCIATION, EDUCATION_INSTITUTION, PUBLIC_BODY, UNION, COOPERATIVE_OR_NETWORK, OTHER
}
