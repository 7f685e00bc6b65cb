package nl.talentcharter.sprints.application;

/** Only active members take part in sprints; {@code code} says whether the member is unknown here or not active. */
public class MemberNotEligible extends RuntimeException {

    private final String code;

    public MemberNotEligible(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
