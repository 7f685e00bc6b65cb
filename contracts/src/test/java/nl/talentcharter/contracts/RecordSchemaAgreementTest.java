package nl.talentcharter.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.talentcharter.contracts.members.FirstContact;
import nl.talentcharter.contracts.members.MemberLocation;
import nl.talentcharter.contracts.members.MemberProfile;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.ConsentPurpose;
import nl.talentcharter.contracts.vocabulary.Country;
import nl.talentcharter.contracts.vocabulary.EducationLevel;
import nl.talentcharter.contracts.vocabulary.FirstContactChannel;
import nl.talentcharter.contracts.vocabulary.OrganisationKind;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * The records and the schemas describe the same wire format: the same property names, and exactly the
 * components that may be absent (left out when null) are optional.
 */
class RecordSchemaAgreementTest {

    private static final String VOCABULARY = "schemas/common/vocabulary.v1.json";
    private static final String MEMBER_DEFINITIONS = "schemas/members/definitions.v1.json";

    @TestFactory
    Stream<DynamicTest> everyPayloadRecordMatchesItsSchema() {
        return EventCatalog.all().stream().map(type -> DynamicTest.dynamicTest(type.type(), () ->
                assertAgree(type.payloadType(), SchemaFiles.read(SchemaFiles.RESOURCES.resolve(type.schemaResource())))));
    }

    @TestFactory
    Stream<DynamicTest> everySharedMemberRecordMatchesItsDefinition() {
        JsonNode definitions = SchemaFiles.read(SchemaFiles.RESOURCES.resolve(MEMBER_DEFINITIONS)).path("$defs");
        return Stream.of(MemberProfile.class, MemberLocation.class, FirstContact.class)
                .map(record -> DynamicTest.dynamicTest(record.getSimpleName(), () ->
                        assertAgree(record, definitions.path(record.getSimpleName()))));
    }

    @TestFactory
    Stream<DynamicTest> everyVocabularyEnumHasExactlyTheSchemasValues() {
        JsonNode vocabulary = SchemaFiles.read(SchemaFiles.RESOURCES.resolve(VOCABULARY)).path("$defs");
        return Stream.of(ActionLine.class, Region.class, Country.class, Sector.class, OrganisationKind.class,
                        EducationLevel.class, SizeClass.class, ConsentPurpose.class, FirstContactChannel.class)
                .map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
                    List<String> values = new java.util.ArrayList<>();
                    vocabulary.path(type.getSimpleName()).path("enum").forEach(value -> values.add(value.asString()));
                    assertThat(values).containsExactlyElementsOf(
                            Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
                }));
    }

    private static void assertAgree(Class<?> record, JsonNode schema) {
        assertThat(record.isRecord()).as(record + " is a record").isTrue();
        List<RecordComponent> components = Arrays.asList(record.getRecordComponents());
        Set<String> properties = new HashSet<>(schema.path("properties").propertyNames());
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(name -> required.add(name.asString()));

        assertThat(properties).as("properties of " + record.getSimpleName())
                .containsExactlyInAnyOrderElementsOf(components.stream().map(RecordComponent::getName).toList());
        assertThat(required).as("required properties of " + record.getSimpleName())
                .containsExactlyInAnyOrderElementsOf(components.stream()
                        .filter(component -> !leftOutWhenNull(component))
                        .map(RecordComponent::getName)
                        .toList());
    }

    private static boolean leftOutWhenNull(RecordComponent component) {
        JsonInclude include = component.getAccessor().getAnnotation(JsonInclude.class);
        return include != null && include.value() == JsonInclude.Include.NON_NULL;
    }
}
