package nl.talentcharter.monitoring.domain;

/** A period code or period that does not exist. */
public class InvalidPeriod extends IllegalArgumentException {
    public InvalidPeriod(String message) {
        super(message);
    }
}
