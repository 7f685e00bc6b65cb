package nl.talentcharter.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates payloads against the event schemas in this jar, compiled once per event type. Schemas are
 * resolved from the classpath only: their {@code https://talentcharter.nl/schemas/} ids never go to the
 * network, so validation works offline and cannot be changed by anyone serving that address.
 */
final class SchemaValidator {

    static final String ID_PREFIX = "https://talentcharter.nl/schemas/";
    static final String RESOURCE_PREFIX = "schemas/";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SchemaStrictness strictness;
    private final SchemaRegistry registry;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    SchemaValidator(SchemaStrictness strictness) {
        this.strictness = strictness;
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                // "format" is only an annotation in 2020-12 unless asserted: dates and UUIDs are part of the contract
                .schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true)
                        .pathType(PathType.JSON_PATH)
                        .build())
                .schemas(this::schemaText));
    }

    List<String> violations(String ceType, byte[] json) {
        Optional<EventType<?>> type = EventCatalog.byType(ceType);
        if (type.isEmpty()) {
            return List.of("$: unknown event type '" + ceType + "': it is not in the EventCatalog");
        }
        if (json == null || json.length == 0) {
            return List.of("$: the payload is empty");
        }
        JsonNode payload;
        try {
            payload = JSON.readTree(json);
        } catch (JacksonException e) {
            return List.of("$: the payload is not JSON: " + e.getOriginalMessage());
        }
        return violations(type.get(), payload);
    }

    /** For a payload already parsed (a consumer parses each record once: check, validation and reading). */
    List<String> violations(String ceType, JsonNode payload) {
        Optional<EventType<?>> type = EventCatalog.byType(ceType);
        if (type.isEmpty()) {
            return List.of("$: unknown event type '" + ceType + "': it is not in the EventCatalog");
        }
        if (payload == null || payload.isMissingNode()) {
            return List.of("$: the payload is empty");
        }
        return violations(type.get(), payload);
    }

    private List<String> violations(EventType<?> type, JsonNode payload) {
        return schemaOf(type).validate(payload).stream()
                .map(SchemaValidator::describe)
                .toList();
    }

    private Schema schemaOf(EventType<?> type) {
        return compiled.computeIfAbsent(type.type(), ignored -> {
            Schema schema = registry.getSchema(SchemaLocation.of(type.schemaId()));
            // resolve every $ref now: a broken contract should fail on first use, not on some rare payload
            schema.initializeValidators();
            return schema;
        });
    }

    private static String describe(Error error) {
        return error.getInstanceLocation() + ": " + error.getMessage();
    }

    /** The schema text for an id of ours, or null so that the registry tries its own (meta-schema) sources. */
    private String schemaText(String iri) {
        if (!iri.startsWith(ID_PREFIX)) {
            return null;
        }
        String resource = RESOURCE_PREFIX + iri.substring(ID_PREFIX.length());
        String text = readResource(resource);
        return strictness == SchemaStrictness.STRICT ? closed(text) : text;
    }

    static String readResource(String resource) {
        try (InputStream in = SchemaValidator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no schema on the classpath at " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + resource, e);
        }
    }

    /** The same schema with every {@code "additionalProperties": true} turned into {@code false}. */
    private static String closed(String schemaText) {
        JsonNode schema = JSON.readTree(schemaText);
        close(schema);
        return JSON.writeValueAsString(schema);
    }

    private static void close(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode additional = object.get("additionalProperties");
            if (additional != null && additional.isBoolean() && additional.booleanValue()) {
                object.put("additionalProperties", false);
            }
        }
        node.values().forEach(SchemaValidator::close);
    }
}
