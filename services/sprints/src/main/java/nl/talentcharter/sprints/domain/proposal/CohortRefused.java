package nl.talentcharter.sprints.domain.proposal;

/**
 * The proposal's rules say no; nothing changed. {@code conflict} tells a clash with a decision already taken
 * (409) from a request that can never be right for this cohort (422).
 */
public class CohortRefused extends RuntimeException {

    private final String code;
    private final boolean conflict;

    public CohortRefused(String code, boolean conflict, String message) {
        super(message);
        this.code = code;
        this.conflict = conflict;
    }

    public String code() {
        return code;
    }

    public boolean conflict() {
        return conflict;
    }
}
