package nl.talentcharter.events.domain;

/** Input the domain cannot accept, naming the field at fault. */
public class InvalidGatheringData extends RuntimeException {

    private final String field;

    public InvalidGatheringData(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
