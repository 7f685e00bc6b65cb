package nl.talentcharter.monitoring.domain;

import java.util.Map;

/** A ledger entry that breaks the rules; nothing is booked. */
public class InvalidLedgerEntry extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidLedgerEntry(Map<String, String> errors) {
        super("the ledger entry is invalid: " + errors);
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
