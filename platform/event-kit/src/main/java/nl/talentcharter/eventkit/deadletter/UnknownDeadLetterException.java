package nl.talentcharter.eventkit.deadletter;

/** No dead letter at that topic, partition and offset. */
public class UnknownDeadLetterException extends RuntimeException {

    public UnknownDeadLetterException(String reference) {
        super("no dead letter " + reference);
    }
}
