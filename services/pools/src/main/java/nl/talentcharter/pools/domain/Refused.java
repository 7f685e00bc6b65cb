package nl.talentcharter.pools.domain;

/** A well-formed command the current state does not allow, e.g. matching a person who withdrew consent. */
public class Refused extends RuntimeException {

    private final String code;

    public Refused(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
