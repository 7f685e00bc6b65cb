package nl.talentcharter.eventkit.testapp;

/** Test-only payload. */
public record AmountDeposited(String accountId, long amount) {
}
