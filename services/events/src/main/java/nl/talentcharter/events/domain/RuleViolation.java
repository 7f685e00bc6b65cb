package nl.talentcharter.events.domain;

/**
 * A request that is well-formed but that the gathering's current state refuses. {@link Rule} names which
 * rule, so the web layer can answer with a specific problem type and nothing else has to parse messages.
 */
public class RuleViolation extends RuntimeException {

    public enum Rule {
        EVENT_CANCELLED,
        REGISTRATION_NOT_OPEN,
        REGISTRATION_CLOSED,
        EVENT_FULL,
        ALREADY_REGISTERED,
        MEMBERS_ONLY,
        NOT_CONFIRMED,
        REGISTRATION_ALREADY_CANCELLED,
        NOT_STARTED,
        WRONG_KIND
    }

    private final Rule rule;

    public RuleViolation(Rule rule, String message) {
        super(message);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
