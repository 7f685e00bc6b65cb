package nl.talentcharter.examples.partnerconsumer;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * The alliance's JSON Schemas (draft 2020-12), fetched from a {@link SchemaSource} on first use and kept
 * compiled. Schema ids ({@code https://talentcharter.nl/schemas/members/member-joined.v1.json}) are names,
 * not addresses: they are mapped onto the source, and the {@code $ref}s between schemas follow the same way.
 *
 * <p>Only ids below {@link #ID_PREFIX} are accepted: {@code ce_dataschema} is a message header, and a
 * consumer must not fetch whatever URL a message names.
 */
public final class SchemaCatalog {

    public static final String ID_PREFIX = "https://talentcharter.nl/schemas/";

    private final SchemaRegistry registry;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    public SchemaCatalog(SchemaSource source) {
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                // "format" (date, uuid, date-time) is only an annotation in 2020-12 unless asserted; it is contract here
                .schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true)
                        .pathType(PathType.JSON_PATH)
                        .build())
                // null for anything else lets the validator use its built-in meta-schemas
                .schemas(iri -> isContractSchema(iri) ? source.read(iri.substring(ID_PREFIX.length())) : null));
    }

    public static boolean isContractSchema(String schemaId) {
        return schemaId != null && schemaId.startsWith(ID_PREFIX) && schemaId.endsWith(".json");
    }

    /**
     * What is wrong with {@code payload} by the schema {@code schemaId}; empty when it is valid.
     *
     * @throws IllegalArgumentException   if the id is not one of the alliance's schemas
     * @throws SchemaUnavailableException if the schema (or one it refers to) cannot be read now
     */
    public List<String> violations(String schemaId, JsonNode payload) {
        if (!isContractSchema(schemaId)) {
            throw new IllegalArgumentException("not an alliance schema id: " + schemaId);
        }
        return schema(schemaId).validate(payload).stream().map(SchemaCatalog::describe).toList();
    }

    private Schema schema(String schemaId) {
        Schema known = compiled.get(schemaId);
        if (known != null) {
            return known;
        }
        try {
            Schema schema = registry.getSchema(SchemaLocation.of(schemaId));
            // resolve every $ref now, so a missing referenced schema shows up here and not on some rare payload
            schema.initializeValidators();
            compiled.put(schemaId, schema);
            return schema;
        } catch (RuntimeException e) {
            throw unavailable(schemaId, e);
        }
    }

    private static RuntimeException unavailable(String schemaId, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SchemaUnavailableException unavailable) {
                return unavailable;
            }
        }
        return new SchemaUnavailableException("cannot load schema " + schemaId + ": " + e, e);
    }

    private static String describe(Error error) {
        return error.getInstanceLocation() + ": " + error.getMessage();
    }
}
