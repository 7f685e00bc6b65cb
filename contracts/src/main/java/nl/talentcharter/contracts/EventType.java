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

    /** The pseudo-service of the event types partner systems publish; each partner is its own source. */
    public static final String PARTNER_SERVICE = "partners";
    /** CloudEvents {@code source} prefix of a partner: {@code /partners/<partnerId>}. */
    public static final String PARTNER_SOURCE_PREFIX = "/partners/";

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

    /**
     * CloudEvents {@code source}: {@code /talentcharter/members}. A partner type has no single writer: this is
     * then the prefix {@code /partners/}, and every partner publishes as {@code /partners/<partnerId>}.
     */
    public String source() {
        return publishedByPartners() ? PARTNER_SOURCE_PREFIX : "/talentcharter/" + service;
    }

    /** Whether partner systems publish this type (each as its own source) rather than one of our services. */
    public boolean publishedByPartners() {
        return PARTNER_SERVICE.equals(service);
    }

    /** Whether {@code ceSource} may write this type: its service, or for a partner type any {@code /partners/<id>}. */
    public boolean acceptsSource(String ceSource) {
        if (ceSource == null) {
            return false;
        }
        if (publishedByPartners()) {
            return ceSource.startsWith(PARTNER_SOURCE_PREFIX)
                    && KEBAB.matcher(ceSource.substring(PARTNER_SOURCE_PREFIX.length())).matches();
        }
        return ceSource.equals(source());
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
