package nl.talentcharter.eventkit.inbound;

/**
 * A message that can never be processed as it is: not JSON, missing or malformed CloudEvents attributes,
 * or a payload that violates its schema. Retrying cannot help, so it goes straight to the dead-letter
 * topic with {@link #reason()} as {@code x-dead-letter-reason}.
 */
public class InvalidEventException extends RuntimeException {

    /** Why a message was rejected; the values travel in the {@code x-dead-letter-reason} header. */
    public enum Reason {
        NOT_JSON("not-json"),
        MISSING_ATTRIBUTE("missing-attribute"),
        MALFORMED_ATTRIBUTE("malformed-attribute"),
        SCHEMA_VIOLATION("schema-violation");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;

    public InvalidEventException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
