package nl.talentcharter.contracts.compatibility;

/**
 * A change after which data that was valid under the released schema may be invalid under the new one.
 *
 * @param location JSON Pointer into the schema, e.g. {@code #/properties/profile/properties/sector}
 * @param reason   what changed, in words a schema author acts on
 */
public record BreakingChange(String location, String reason) {

    @Override
    public String toString() {
        return location + ": " + reason;
    }
}
