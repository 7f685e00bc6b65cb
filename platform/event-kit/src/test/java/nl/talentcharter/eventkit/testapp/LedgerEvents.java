package nl.talentcharter.eventkit.testapp;

import nl.talentcharter.contracts.EventType;

/** The test application's one event type, on a topic of its own. */
public final class LedgerEvents {

    public static final String TOPIC = "eventkit-test.ledger";
    public static final EventType<AmountDeposited> AMOUNT_DEPOSITED =
            EventType.of("ledger", "amount-deposited", 1, TOPIC, AmountDeposited.class);

    private LedgerEvents() {
    }
}
