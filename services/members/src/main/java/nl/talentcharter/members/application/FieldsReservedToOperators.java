package nl.talentcharter.members.application;

import java.util.Set;

/** A member user tried to change what only the alliance's operators decide. */
public class FieldsReservedToOperators extends RuntimeException {

    private final Set<String> fields;

    public FieldsReservedToOperators(Set<String> fields) {
        super("only an operator may change " + String.join(", ", fields));
        this.fields = Set.copyOf(fields);
    }

    public Set<String> fields() {
        return fields;
    }
}
