package nl.talentcharter.contracts;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Checks event payloads against their JSON Schemas, by CloudEvents type.
 *
 * <p>Consumers use {@link #violations} / {@link #requireValid}: tolerant of properties the schema does not
 * declare, so that a producer on a newer minor revision of the same major version is still accepted.
 * Producers (and their tests) use {@link #publishViolations} / {@link #requirePublishable}: strict, so that
 * nothing leaves a service that the contract does not declare.
 *
 * <p>Every method returns or reports a readable message per violation, starting with the JSON path
 * ({@code $.profile.kvkNumber: does not match the regex pattern ^[0-9]{8}$}). An unknown event type, an
 * empty payload or one that is not JSON is a violation too. Thread-safe; schemas are compiled once per type.
 */
public final class EventSchemas {

    /** Schema resources that event schemas reference and that are not event types themselves. */
    public static final List<String> SHARED_SCHEMA_RESOURCES = List.of(
            "schemas/common/vocabulary.v1.json",
            "schemas/members/definitions.v1.json");

    private static final SchemaValidator TOLERANT = new SchemaValidator(SchemaStrictness.TOLERANT);
    private static final SchemaValidator STRICT = new SchemaValidator(SchemaStrictness.STRICT);

    private EventSchemas() {
    }

    /** What is wrong with an inbound payload of this type; empty when it is valid. */
    public static List<String> violations(String ceType, byte[] json) {
        return TOLERANT.violations(ceType, json);
    }

    /** The same for a payload the consumer has parsed already (it is not parsed again). */
    public static List<String> violationsOf(String ceType, JsonNode payload) {
        return TOLERANT.violations(ceType, payload);
    }

    /** Rejects an inbound payload that does not match its schema. */
    public static void requireValid(String ceType, byte[] json) {
        require(ceType, violations(ceType, json));
    }

    /** What is wrong with a payload about to be published; undeclared properties are violations too. */
    public static List<String> publishViolations(String ceType, byte[] json) {
        return STRICT.violations(ceType, json);
    }

    /** Rejects a payload to be published unless it matches its schema exactly. */
    public static void requirePublishable(String ceType, byte[] json) {
        require(ceType, publishViolations(ceType, json));
    }

    public static List<String> violations(String ceType, byte[] json, SchemaStrictness strictness) {
        return strictness == SchemaStrictness.STRICT ? publishViolations(ceType, json) : violations(ceType, json);
    }

    private static void require(String ceType, List<String> violations) {
        if (!violations.isEmpty()) {
            throw new SchemaViolationException(ceType, violations);
        }
    }
}
