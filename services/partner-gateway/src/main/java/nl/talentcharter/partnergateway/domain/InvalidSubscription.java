package nl.talentcharter.partnergateway.domain;

/** A subscription request that cannot be taken as it is; nothing is stored. */
public class InvalidSubscription extends RuntimeException {

    private final String field;

    public InvalidSubscription(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
