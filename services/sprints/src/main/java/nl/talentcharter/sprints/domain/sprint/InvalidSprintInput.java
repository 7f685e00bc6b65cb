package nl.talentcharter.sprints.domain.sprint;

/** A value given for a sprint is wrong in itself (400, with the field); nothing changed. */
public class InvalidSprintInput extends RuntimeException {

    private final String field;

    public InvalidSprintInput(String field, String message) {
        super(field + " " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return getMessage().substring(field.length() + 1);
    }
}
