package nl.talentcharter.contracts;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One event type at one major version: its CloudEvents {@code type}, the service that is its only
 * writer ({@code source}), its topic, its JSON Schema and the record that carries its payload.
 *
 * @param service     owning service, e.g. {@code members}
 * @param name        kebab-case event name, e.g. {@code member-joined}
 * @param major       major version; compatible changes stay within it
 * @param topic       the owning service's topic
 * @param payloadType the record that carries the payload
 */
public record EventType<T>(String service, String name, int major, String topic, Class<T> payloadType) {

    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final String SCHEMA_BASE = "https://talentcharter.nl/schemas/";

    public EventType {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payloadType, "payloadType");
        if (!KEBAB.matcher(service).matches() || !KEBAB.matcher(name).matches()) {
            throw new IllegalArgumentException("service and name must be kebab-case: " + service + "/" + name);
        }
        if (major < 1) {
            throw new IllegalArgumentException("major version starts at 1");
        }
    }

    public static <T> EventType<T> of(String service, String name, int major, String topic, Class<T> payloadType) {
        return new EventType<>(service, name, major, topic, payloadType);
    }

    /** CloudEvents {@code type}: {@code nl.talentcharter.members.member-joined.v1}. */
    public String type() {
        return "nl.talentcharter." + service + "." + name + ".v" + major;
    }

    /** CloudEvents {@code source}: {@code /talentcharter/members}. */
    public String source() {
        return "/talentcharter/" + service;
    }

    /** CloudEvents {@code dataschema}: the schema's {@code $id}. */
    public String schemaId() {
        return SCHEMA_BASE + schemaFile();
    }

    /** Classpath resource of the schema. */
    public String schemaResource() {
        return "schemas/" + schemaFile();
    }

    private String schemaFile() {
        return service + "/" + name + ".v" + major + ".json";
    }
}
