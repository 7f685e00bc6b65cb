package nl.talentcharter.contracts.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SchemaCompatibilityTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A released schema in the shape of ours: required and optional properties, an enum, a nested object, $defs. */
    private static final String RELEASED = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": "https://talentcharter.nl/schemas/test/thing-happened.v1.json",
              "type": "object",
              "properties": {
                "memberId": {"type": "string", "minLength": 1},
                "employees": {"type": "integer", "minimum": 0},
                "sector": {"type": "string", "enum": ["CARE", "ICT"]},
                "kvkNumber": {"type": "string", "pattern": "^[0-9]{8}$"},
                "note": {"type": "string", "maxLength": 200},
                "location": {"$ref": "#/$defs/Location"},
                "tags": {"type": "array", "items": {"type": "string"}}
              },
              "required": ["memberId", "employees", "sector"],
              "additionalProperties": true,
              "$defs": {
                "Location": {
                  "type": "object",
                  "properties": {"placeName": {"type": "string"}, "municipality": {"type": "string"}},
                  "required": ["placeName"],
                  "additionalProperties": true
                }
              }
            }
            """;

    @Nested
    class Breaking {

        @Test
        void removingAProperty() {
            assertBreaking(current -> current.replace("\"note\": {\"type\": \"string\", \"maxLength\": 200},", ""),
                    "#/properties/note", "removed or renamed");
        }

        @Test
        void renamingAProperty() {
            assertBreaking(current -> current.replace("\"note\":", "\"remark\":"),
                    "#/properties/note", "removed or renamed");
        }

        @Test
        void removingANestedProperty() {
            assertBreaking(current -> current.replace("\"municipality\": {\"type\": \"string\"}", "\"x\": {}"),
                    "#/$defs/Location/properties/municipality", "removed or renamed");
        }

        @Test
        void changingAType() {
            assertBreaking(current -> current.replace("\"employees\": {\"type\": \"integer\"", "\"employees\": {\"type\": \"string\""),
                    "#/properties/employees", "type narrowed or changed");
        }

        @Test
        void narrowingAType() {
            String released = RELEASED.replace("\"note\": {\"type\": \"string\"", "\"note\": {\"type\": [\"string\", \"null\"]");
            assertThat(changes(released, RELEASED)).singleElement()
                    .satisfies(change -> assertThat(change.toString()).contains("#/properties/note").contains("narrowed"));
        }

        @Test
        void makingAnOptionalPropertyRequired() {
            assertBreaking(current -> current.replace("\"required\": [\"memberId\", \"employees\", \"sector\"]",
                            "\"required\": [\"memberId\", \"employees\", \"sector\", \"note\"]"),
                    "#/properties/note", "optional property 'note' made required");
        }

        @Test
        void addingARequiredProperty() {
            assertBreaking(current -> current
                            .replace("\"tags\":", "\"region\": {\"type\": \"string\"}, \"tags\":")
                            .replace("\"required\": [\"memberId\", \"employees\", \"sector\"]",
                                    "\"required\": [\"memberId\", \"employees\", \"sector\", \"region\"]"),
                    "#/properties/region", "new property 'region' is required");
        }

        @Test
        void removingAnEnumValue() {
            assertBreaking(current -> current.replace("[\"CARE\", \"ICT\"]", "[\"CARE\"]"),
                    "#/properties/sector", "enum value \"ICT\" removed");
        }

        @Test
        void tighteningAdditionalProperties() {
            assertBreaking(current -> current.replace(
                            "\"required\": [\"placeName\"],\n      \"additionalProperties\": true",
                            "\"required\": [\"placeName\"],\n      \"additionalProperties\": false"),
                    "#/$defs/Location/additionalProperties", "tightened");
        }

        @Test
        void addingAdditionalPropertiesFalseWhereItWasAbsent() {
            String released = RELEASED.replace("\"required\": [\"memberId\", \"employees\", \"sector\"],\n  \"additionalProperties\": true,",
                    "\"required\": [\"memberId\", \"employees\", \"sector\"],");
            assertThat(released).isNotEqualTo(RELEASED);
            String current = RELEASED.replace("\"additionalProperties\": true,\n  \"$defs\"", "\"additionalProperties\": false,\n  \"$defs\"");
            assertThat(changes(released, current)).singleElement()
                    .satisfies(change -> assertThat(change.toString()).contains("#/additionalProperties").contains("tightened"));
        }

        @Test
        void tighteningConstraints() {
            assertBreaking(current -> current.replace("\"maxLength\": 200", "\"maxLength\": 100"),
                    "#/properties/note", "maxLength lowered");
            assertBreaking(current -> current.replace("\"minimum\": 0", "\"minimum\": 1"),
                    "#/properties/employees", "minimum raised");
            assertBreaking(current -> current.replace("^[0-9]{8}$", "^[0-9]{9}$"),
                    "#/properties/kvkNumber", "pattern");
            assertBreaking(current -> current.replace("\"items\": {\"type\": \"string\"}", "\"items\": {\"type\": \"string\"}, \"uniqueItems\": true"),
                    "#/properties/tags", "uniqueItems added");
            assertBreaking(current -> current.replace("\"memberId\": {\"type\": \"string\", \"minLength\": 1}",
                            "\"memberId\": {\"type\": \"string\", \"minLength\": 1, \"format\": \"uuid\"}"),
                    "#/properties/memberId", "format \"uuid\" added");
        }

        @Test
        void addingAnEnumWhereAnyValueWasAllowed() {
            assertBreaking(current -> current.replace("\"note\": {\"type\": \"string\", \"maxLength\": 200}",
                            "\"note\": {\"type\": \"string\", \"maxLength\": 200, \"enum\": [\"A\"]}"),
                    "#/properties/note", "enum [\"A\"] added");
        }

        @Test
        void pointingAReferenceElsewhereOrRemovingADefinition() {
            assertBreaking(current -> current.replace("{\"$ref\": \"#/$defs/Location\"}", "{\"$ref\": \"other.v1.json#/$defs/Location\"}"),
                    "#/properties/location", "$ref changed");
            assertThat(changes(RELEASED, RELEASED.replace("\"Location\": {", "\"Place\": {")))
                    .extracting(BreakingChange::toString)
                    .anySatisfy(change -> assertThat(change).contains("#/$defs/Location").contains("definition 'Location' removed"));
        }

        @Test
        void changingTheIdentity() {
            assertBreaking(current -> current.replace("thing-happened.v1.json", "thing-happened.v2.json"),
                    "#", "$id changed");
        }

        @Test
        void changingAKeywordTheCheckDoesNotUnderstand() {
            assertBreaking(current -> current.replace("\"note\": {\"type\": \"string\", \"maxLength\": 200}",
                            "\"note\": {\"type\": \"string\", \"maxLength\": 200, \"not\": {\"const\": \"\"}}"),
                    "#/properties/note/not", "cannot tell");
        }
    }

    @Nested
    class Compatible {

        @Test
        void theSameSchema() {
            assertThat(changes(RELEASED, RELEASED)).isEmpty();
        }

        @Test
        void addingAnOptionalProperty() {
            assertCompatible(current -> current.replace("\"tags\":", "\"website\": {\"type\": \"string\", \"format\": \"uri\"}, \"tags\":"));
        }

        @Test
        void addingAnEnumValue() {
            assertCompatible(current -> current.replace("[\"CARE\", \"ICT\"]", "[\"CARE\", \"ICT\", \"LOGISTICS\"]"));
        }

        @Test
        void makingARequiredPropertyOptional() {
            assertCompatible(current -> current.replace("\"required\": [\"memberId\", \"employees\", \"sector\"]",
                    "\"required\": [\"memberId\", \"sector\"]"));
        }

        @Test
        void wideningATypeOrLooseningAConstraint() {
            assertCompatible(current -> current
                    .replace("\"employees\": {\"type\": \"integer\", \"minimum\": 0}", "\"employees\": {\"type\": \"number\"}")
                    .replace("\"maxLength\": 200", "\"maxLength\": 500")
                    .replace(", \"pattern\": \"^[0-9]{8}$\"", ""));
        }

        @Test
        void looseningAdditionalProperties() {
            String released = RELEASED.replace("\"required\": [\"placeName\"],\n      \"additionalProperties\": true",
                    "\"required\": [\"placeName\"],\n      \"additionalProperties\": false");
            assertThat(released).isNotEqualTo(RELEASED);
            assertThat(changes(released, RELEASED)).isEmpty();
        }

        @Test
        void addingADefinitionAndRewordingDescriptions() {
            assertCompatible(current -> current
                    .replace("\"$defs\": {", "\"$defs\": {\"Contact\": {\"type\": \"object\"},")
                    .replace("\"type\": \"object\",\n  \"properties\"", "\"type\": \"object\", \"title\": \"ThingHappened\",\n"
                            + "  \"description\": \"Something happened.\",\n  \"properties\""));
        }
    }

    private static void assertBreaking(java.util.function.UnaryOperator<String> change, String location, String reason) {
        String current = change.apply(RELEASED);
        assertThat(current).as("the test's edit applies").isNotEqualTo(RELEASED);
        assertThat(changes(RELEASED, current)).singleElement().satisfies(breaking -> {
            assertThat(breaking.location()).isEqualTo(location);
            assertThat(breaking.reason()).contains(reason);
        });
    }

    private static void assertCompatible(java.util.function.UnaryOperator<String> change) {
        String current = change.apply(RELEASED);
        assertThat(current).as("the test's edit applies").isNotEqualTo(RELEASED);
        assertThat(changes(RELEASED, current)).isEmpty();
    }

    private static List<BreakingChange> changes(String released, String current) {
        JsonNode releasedSchema = JSON.readTree(released);
        JsonNode currentSchema = JSON.readTree(current);
        return SchemaCompatibility.breakingChanges(releasedSchema, currentSchema);
    }
}
