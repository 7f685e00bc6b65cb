package nl.talentcharter.contracts;

import java.util.List;

/** A payload does not match the schema of its event type (or its type is not in the catalog). */
public class SchemaViolationException extends IllegalArgumentException {

    private final String ceType;
    private final List<String> violations;

    public SchemaViolationException(String ceType, List<String> violations) {
        super("payload of " + ceType + " violates its schema: " + String.join("; ", violations));
        this.ceType = ceType;
        this.violations = List.copyOf(violations);
    }

    /** The CloudEvents type the payload claimed. */
    public String ceType() {
        return ceType;
    }

    /** One readable line per violation, each starting with the JSON path it concerns. */
    public List<String> violations() {
        return violations;
    }
}
