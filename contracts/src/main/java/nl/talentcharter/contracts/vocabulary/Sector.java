package nl.talentcharter.contracts.vocabulary;

/**
 * Economic sector of a member organisation, as the alliance reports it. Travels on the wire as the
 * constant's name.
 */
public enum Sector {
    CARE, EDUCATION, TECHNOLOGY_AND_MANUFACTURING, AGRICULTURE_AND_HORTICULTURE, LOGISTICS, CHEMISTRY,
    CONSTRUCTION, ICT, HOSPITALITY, RETAIL, BUSINESS_SERVICES, PUBLIC_SECTOR, OTHER
}
