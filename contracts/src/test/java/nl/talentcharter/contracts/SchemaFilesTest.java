package nl.talentcharter.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SchemaFilesTest {

    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    private final Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of(DRAFT_2020_12));

    @Test
    void theMetaSchemaRejectsAMalformedSchema() {
        JsonNode malformed = JsonMapper.builder().build()
                .readTree("{\"type\": \"objekt\", \"required\": \"memberId\"}");
        assertThat(metaSchema.validate(malformed)).hasSizeGreaterThanOrEqualTo(2);
    }

    @TestFactory
    Stream<DynamicTest> everySchemaIsAValidDraft202012SchemaWhoseIdIsItsLocation() {
        return SchemaFiles.current().stream().map(resource -> DynamicTest.dynamicTest(resource, () -> {
            JsonNode schema = SchemaFiles.read(SchemaFiles.RESOURCES.resolve(resource));
            assertThat(metaSchema.validate(schema)).isEmpty();
            assertThat(schema.path("$schema").asString()).isEqualTo(DRAFT_2020_12);
            assertThat(schema.path("$id").asString())
                    .isEqualTo(SchemaValidator.ID_PREFIX + resource.substring(SchemaValidator.RESOURCE_PREFIX.length()));
            assertThat(schema.path("description").asString()).isNotBlank();
        }));
    }

    @Test
    void everyCatalogEntryHasItsSchemaAndEverySchemaIsAnEventOrShared() {
        List<String> expected = new ArrayList<>(EventSchemas.SHARED_SCHEMA_RESOURCES);
        EventCatalog.all().forEach(type -> {
            expected.add(type.schemaResource());
            JsonNode schema = SchemaFiles.read(SchemaFiles.RESOURCES.resolve(type.schemaResource()));
            assertThat(schema.path("$id").asString()).isEqualTo(type.schemaId());
            assertThat(schema.path("type").asString()).isEqualTo("object");
        });
        assertThat(SchemaFiles.current()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void sharedSchemasDeclareDefinitionsOnly() {
        EventSchemas.SHARED_SCHEMA_RESOURCES.forEach(resource -> {
            JsonNode schema = SchemaFiles.read(SchemaFiles.RESOURCES.resolve(resource));
            assertThat(schema.has("properties")).as(resource).isFalse();
            assertThat(schema.path("$defs").isEmpty()).as(resource).isFalse();
        });
    }
}
