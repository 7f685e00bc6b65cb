package nl.talentcharter.pools.domain.matching;

/** The hard rules: a person is eligible for a position only when every one of them holds. */
public enum Rule {
    CONSENT, REQUIRED_SKILLS, CERTIFICATES, LANGUAGES, AVAILABILITY, TRAVEL_DISTANCE
}
