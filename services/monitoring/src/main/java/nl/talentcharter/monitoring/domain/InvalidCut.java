package nl.talentcharter.monitoring.domain;

/** A dimension code that names no dimension or no value of it. */
public class InvalidCut extends IllegalArgumentException {
    public InvalidCut(String message) {
        super(message);
    }
}
