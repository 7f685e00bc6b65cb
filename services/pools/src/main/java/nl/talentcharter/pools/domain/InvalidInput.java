package nl.talentcharter.pools.domain;

/** Input the pool rules refuse before anything changes; names the field so the caller can fix it. */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String problem) {
        super(problem);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public static void require(boolean condition, String field, String problem) {
        if (!condition) {
            throw new InvalidInput(field, problem);
        }
    }
}
