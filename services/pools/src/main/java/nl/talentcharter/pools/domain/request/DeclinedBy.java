package nl.talentcharter.pools.domain.request;

/** Who stopped a proposal before it became a placement. */
public enum DeclinedBy {
    REQUESTING_MEMBER, OFFERING_PARTY, OPERATOR
}
