package nl.talentcharter.examples.partnerconsumer;

/**
 * A schema could not be fetched (network down, server error, file missing). Not the event's fault: the
 * consumer stops without committing it, so it is validated and handled after a restart instead of lost.
 */
public class SchemaUnavailableException extends RuntimeException {

    public SchemaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public SchemaUnavailableException(String message) {
        super(message);
    }
}
