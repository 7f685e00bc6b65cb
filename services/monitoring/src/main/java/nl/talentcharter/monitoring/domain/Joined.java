package nl.talentcharter.monitoring.domain;

/**
 * A counted fact joined to the other event it is traced with: a placement to its request or to the offer of the
 * person placed, a completed scan to its follow-up on time. Joined once per period: no cut changes the join.
 */
record Joined(Noted counted, Fact with) {
}
