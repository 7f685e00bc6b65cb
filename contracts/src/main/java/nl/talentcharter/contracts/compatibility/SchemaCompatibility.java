package nl.talentcharter.contracts.compatibility;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Compares a released JSON Schema with its current version and lists the breaking changes.
 *
 * <p>The rule: within a major version, every payload that was valid under the released schema must stay
 * valid under the current one, so that events already on a topic (and events of producers not yet
 * upgraded) still pass every consumer's validation. Breaking: a property removed or renamed, a type
 * narrowed or changed, an optional property made required or a new required property, an enumeration
 * value removed, {@code additionalProperties} tightened, a constraint tightened (pattern, format,
 * minimum/maximum, lengths, item counts, uniqueness, const), a {@code $ref} or definition removed or
 * pointed elsewhere. Compatible: new optional properties, new enumeration values, a required property
 * made optional, a type widened, constraints loosened, any change of annotations (title, description,
 * examples). Keywords this class does not reason about (allOf, anyOf, oneOf, not, if/then/else, ...)
 * count as breaking whenever they change: a human decides, and releases a new major version if needed.
 *
 * <p>{@code $ref}s are compared as text, not followed: every schema file, including the shared
 * definition files, is compared with its own released copy.
 */
public final class SchemaCompatibility {

    /** Keywords that only document; changing them never breaks a payload. */
    private static final Set<String> ANNOTATIONS = Set.of(
            "title", "description", "examples", "default", "deprecated", "readOnly", "writeOnly", "$comment");

    /** Keywords {@link #compareSchema} reasons about. */
    private static final Set<String> UNDERSTOOD = Set.of(
            "$schema", "$id", "$ref", "$defs", "type", "enum", "const", "properties", "required",
            "additionalProperties", "items", "pattern", "format", "minimum", "maximum", "exclusiveMinimum",
            "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems", "uniqueItems",
            "minProperties", "maxProperties", "multipleOf");

    private final List<BreakingChange> changes = new ArrayList<>();

    private SchemaCompatibility() {
    }

    /** The breaking changes from {@code released} to {@code current}; empty when current is compatible. */
    public static List<BreakingChange> breakingChanges(JsonNode released, JsonNode current) {
        Objects.requireNonNull(released, "released");
        Objects.requireNonNull(current, "current");
        SchemaCompatibility comparison = new SchemaCompatibility();
        comparison.compareSchema("#", released, current);
        return List.copyOf(comparison.changes);
    }

    private void compareSchema(String at, JsonNode old, JsonNode now) {
        if (old.isBoolean() || now.isBoolean()) {
            compareBooleanSchemas(at, old, now);
            return;
        }
        compareIdentity(at, old, now);
        compareTypes(at, old, now);
        compareEnum(at, old, now);
        compareConst(at, old, now);
        compareProperties(at, old, now);
        compareAdditionalProperties(at, old, now);
        compareSubSchema(at + "/items", old.get("items"), now.get("items"));
        compareDefinitions(at, old, now);
        compareConstraints(at, old, now);
        compareOtherKeywords(at, old, now);
    }

    private void compareBooleanSchemas(String at, JsonNode old, JsonNode now) {
        boolean nowAcceptsAll = now.isBoolean() ? now.booleanValue() : now.isEmpty();
        boolean oldRejectsAll = old.isBoolean() && !old.booleanValue();
        if (!nowAcceptsAll && !oldRejectsAll && !old.equals(now)) {
            breaking(at, "schema changed from " + old + " to " + now);
        }
    }

    private void compareIdentity(String at, JsonNode old, JsonNode now) {
        for (String keyword : List.of("$schema", "$id", "$ref")) {
            if (old.has(keyword) && !old.get(keyword).equals(now.get(keyword))) {
                breaking(at, keyword + " changed from " + old.get(keyword) + " to " + describe(now.get(keyword)));
            } else if (keyword.equals("$ref") && !old.has(keyword) && now.has(keyword)) {
                breaking(at, keyword + " " + now.get(keyword) + " added: the schema now points elsewhere");
            }
        }
    }

    private void compareTypes(String at, JsonNode old, JsonNode now) {
        if (!now.has("type")) {
            return;
        }
        Set<String> oldTypes = types(old);
        Set<String> nowTypes = types(now);
        if (!old.has("type")) {
            breaking(at, "type " + nowTypes + " added: any type was allowed");
            return;
        }
        for (String type : oldTypes) {
            boolean stillAllowed = nowTypes.contains(type) || (type.equals("integer") && nowTypes.contains("number"));
            if (!stillAllowed) {
                breaking(at, "type narrowed or changed from " + oldTypes + " to " + nowTypes);
                return;
            }
        }
    }

    private void compareEnum(String at, JsonNode old, JsonNode now) {
        if (!now.has("enum")) {
            return;
        }
        if (!old.has("enum")) {
            breaking(at, "enum " + now.get("enum") + " added: any value was allowed");
            return;
        }
        Set<JsonNode> nowValues = new LinkedHashSet<>(now.get("enum").values());
        for (JsonNode value : old.get("enum")) {
            if (!nowValues.contains(value)) {
                breaking(at, "enum value " + value + " removed");
            }
        }
    }

    private void compareConst(String at, JsonNode old, JsonNode now) {
        if (now.has("const") && !now.get("const").equals(old.get("const"))) {
            breaking(at, "const " + now.get("const") + (old.has("const") ? " replaced " + old.get("const") : " added"));
        }
    }

    private void compareProperties(String at, JsonNode old, JsonNode now) {
        JsonNode oldProperties = old.path("properties");
        JsonNode nowProperties = now.path("properties");
        for (String name : oldProperties.propertyNames()) {
            String propertyAt = at + "/properties/" + name;
            if (!nowProperties.has(name)) {
                breaking(propertyAt, "property '" + name + "' removed or renamed");
            } else {
                compareSchema(propertyAt, oldProperties.get(name), nowProperties.get(name));
            }
        }
        Set<String> oldRequired = names(old.path("required"));
        for (String name : names(now.path("required"))) {
            if (oldRequired.contains(name)) {
                continue;
            }
            if (oldProperties.has(name)) {
                breaking(at + "/properties/" + name, "optional property '" + name + "' made required");
            } else {
                breaking(at + "/properties/" + name, "new property '" + name + "' is required: released payloads lack it");
            }
        }
    }

    private void compareAdditionalProperties(String at, JsonNode old, JsonNode now) {
        JsonNode oldAdditional = old.get("additionalProperties");
        JsonNode nowAdditional = now.get("additionalProperties");
        boolean oldOpen = oldAdditional == null || (oldAdditional.isBoolean() && oldAdditional.booleanValue());
        boolean nowOpen = nowAdditional == null || (nowAdditional.isBoolean() && nowAdditional.booleanValue());
        if (nowOpen) {
            return;
        }
        if (oldOpen) {
            breaking(at + "/additionalProperties", "additionalProperties tightened from "
                    + (oldAdditional == null ? "absent (any)" : "true") + " to " + nowAdditional);
        } else {
            compareSchema(at + "/additionalProperties", oldAdditional, nowAdditional);
        }
    }

    private void compareSubSchema(String at, JsonNode old, JsonNode now) {
        if (now == null) {
            return;
        }
        if (old == null) {
            breaking(at, "constraint added where anything was allowed");
            return;
        }
        compareSchema(at, old, now);
    }

    private void compareDefinitions(String at, JsonNode old, JsonNode now) {
        JsonNode oldDefs = old.path("$defs");
        for (String name : oldDefs.propertyNames()) {
            String defAt = at + "/$defs/" + name;
            JsonNode nowDef = now.path("$defs").get(name);
            if (nowDef == null) {
                breaking(defAt, "definition '" + name + "' removed: released schemas may still point at it");
            } else {
                compareSchema(defAt, oldDefs.get(name), nowDef);
            }
        }
    }

    private void compareConstraints(String at, JsonNode old, JsonNode now) {
        for (String keyword : List.of("pattern", "format", "multipleOf")) {
            if (now.has(keyword) && !now.get(keyword).equals(old.get(keyword))) {
                breaking(at, keyword + " " + now.get(keyword)
                        + (old.has(keyword) ? " replaced " + old.get(keyword) : " added"));
            }
        }
        for (String lowerBound : List.of("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")) {
            if (now.has(lowerBound) && (!old.has(lowerBound)
                    || now.get(lowerBound).decimalValue().compareTo(old.get(lowerBound).decimalValue()) > 0)) {
                breaking(at, lowerBound + " raised from " + describe(old.get(lowerBound)) + " to " + now.get(lowerBound));
            }
        }
        for (String upperBound : List.of("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")) {
            if (now.has(upperBound) && (!old.has(upperBound)
                    || now.get(upperBound).decimalValue().compareTo(old.get(upperBound).decimalValue()) < 0)) {
                breaking(at, upperBound + " lowered from " + describe(old.get(upperBound)) + " to " + now.get(upperBound));
            }
        }
        if (now.path("uniqueItems").asBoolean(false) && !old.path("uniqueItems").asBoolean(false)) {
            breaking(at, "uniqueItems added");
        }
    }

    private void compareOtherKeywords(String at, JsonNode old, JsonNode now) {
        Set<String> keywords = new LinkedHashSet<>(old.propertyNames());
        keywords.addAll(now.propertyNames());
        for (String keyword : keywords) {
            if (ANNOTATIONS.contains(keyword) || UNDERSTOOD.contains(keyword)) {
                continue;
            }
            if (!Objects.equals(old.get(keyword), now.get(keyword))) {
                breaking(at + "/" + keyword, "'" + keyword + "' changed; this check cannot tell whether that is"
                        + " compatible, so it counts as breaking");
            }
        }
    }

    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.get("type");
        Set<String> types = new LinkedHashSet<>();
        if (type == null) {
            return types;
        }
        if (type.isArray()) {
            type.forEach(each -> types.add(each.asString()));
        } else {
            types.add(type.asString());
        }
        return types;
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new LinkedHashSet<>();
        array.forEach(name -> names.add(name.asString()));
        return names;
    }

    private static String describe(JsonNode value) {
        return value == null ? "absent" : value.toString();
    }

    private void breaking(String at, String reason) {
        changes.add(new BreakingChange(at, reason));
    }
}
