package nl.talentcharter.contracts;

/**
 * How strictly a payload is held to its schema.
 *
 * <p>The schemas allow properties they do not declare, because a consumer validates with the schema it
 * was built with, and a producer may already add optional properties within the same major version.
 * A producer, though, must publish only what the contract declares.
 */
public enum SchemaStrictness {
    /** For consumers: properties the schema does not declare are allowed (tolerant reader). */
    TOLERANT,
    /** For producers and their tests: every property must be declared by the schema. */
    STRICT
}
