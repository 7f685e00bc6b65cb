package nl.talentcharter.contracts.events;

/** The four kinds of gathering the events service organises; travels by constant name. */
public enum EventKind {
    LABOUR_MARKET_EVENT, LABOUR_MARKET_GOVERNANCE_MEETING, EDUCATION_GOVERNANCE_MEETING, WORK_VISIT
}
