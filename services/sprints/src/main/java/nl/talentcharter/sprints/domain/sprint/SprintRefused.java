package nl.talentcharter.sprints.domain.sprint;

/**
 * The sprint's rules say no; nothing changed. {@code code} names the rule and becomes the problem slug;
 * {@code conflict} tells a clash with the sprint's state (409) from a request that can never be right for
 * this sprint as it is, such as attendance of a company that does not take part (422).
 */
public class SprintRefused extends RuntimeException {

    private final String code;
    private final SprintStatus status;
    private final boolean conflict;

    public SprintRefused(String code, SprintStatus status, boolean conflict, String message) {
        super(message);
        this.code = code;
        this.status = status;
        this.conflict = conflict;
    }

    public String code() {
        return code;
    }

    public SprintStatus status() {
        return status;
    }

    public boolean conflict() {
        return conflict;
    }
}
