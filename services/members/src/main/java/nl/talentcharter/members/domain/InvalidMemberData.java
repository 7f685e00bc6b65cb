package nl.talentcharter.members.domain;

/** Input that breaks a rule of the member domain; names the offending field so the caller can fix it. */
public class InvalidMemberData extends RuntimeException {

    private final String field;

    public InvalidMemberData(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
