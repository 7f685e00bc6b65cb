package nl.talentcharter.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.asyncapi.v3._0_0.model.AsyncAPI;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The AsyncAPI document parses, points only at things that exist, and describes every catalog event. */
class AsyncApiDocumentTest {

    private static final Path DOCUMENT = SchemaFiles.RESOURCES.resolve("asyncapi/talentcharter.asyncapi.yaml");
    /** Copied from the npm package @asyncapi/specs; see src/test/resources/asyncapi/README.md. */
    private static final String OFFICIAL_SCHEMA_ID = "http://asyncapi.com/definitions/3.0.0/asyncapi.json";
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode document = YAML.readTree(DOCUMENT.toFile());

    @Test
    void parsesWithTheAsyncApiInitiativesJavaModel() throws Exception {
        AsyncAPI parsed = new ObjectMapper(new YAMLFactory()).readValue(DOCUMENT.toFile(), AsyncAPI.class);

        assertThat(parsed.getAsyncapi()).isEqualTo("3.0.0");
        assertThat(parsed.getInfo().getTitle()).isNotBlank();
        assertThat(parsed.getServers()).isNotEmpty();
        assertThat(parsed.getChannels()).isNotEmpty();
        assertThat(parsed.getOperations()).isNotEmpty();
        assertThat(parsed.getComponents().getMessages()).hasSameSizeAs(EventCatalog.all());
    }

    @Test
    void isValidAgainstTheOfficialAsyncApi300Schema() {
        assertThat(officialSchema().validate(document)).isEmpty();
    }

    @Test
    void theOfficialSchemaRejectsAMisspelledField() {
        ObjectNode misspelled = (ObjectNode) document.deepCopy();
        ObjectNode channel = (ObjectNode) misspelled.path("channels").path("members");
        channel.set("adress", channel.remove("address"));
        assertThat(officialSchema().validate(misspelled)).isNotEmpty()
                .anySatisfy(error -> assertThat(error.toString()).contains("adress"));
    }

    private static Schema officialSchema() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, builder -> builder
                        .schemas(iri -> iri.equals(OFFICIAL_SCHEMA_ID)
                                ? SchemaValidator.readResource("asyncapi/asyncapi-3.0.0.schema.json") : null))
                .getSchema(SchemaLocation.of(OFFICIAL_SCHEMA_ID));
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(document, refs);
        assertThat(refs).isNotEmpty();
        refs.forEach(ref -> {
            JsonNode target = resolve(ref);
            assertThat(target != null && !target.isMissingNode()).as("%s resolves", ref).isTrue();
        });
    }

    @Test
    void describesEveryCatalogEventAndNothingElse() {
        JsonNode messages = document.path("components").path("messages");
        Map<String, String> typeByMessage = messages.properties().stream().collect(Collectors.toMap(
                Map.Entry::getKey, message -> headerConst(message.getValue(), "ce_type")));

        assertThat(typeByMessage.values()).containsExactlyInAnyOrderElementsOf(
                EventCatalog.all().stream().map(EventType::type).toList());

        messages.properties().forEach(entry -> {
            EventType<?> type = EventCatalog.byType(typeByMessage.get(entry.getKey())).orElseThrow();
            JsonNode message = entry.getValue();
            assertThat(headerConst(message, "ce_dataschema")).isEqualTo(type.schemaId());
            if (type.publishedByPartners()) {
                // every partner is its own source: the message fixes the form, not the value
                assertThat(headerPattern(message, "ce_source")).isEqualTo("^/partners/[a-z][a-z0-9]*(-[a-z0-9]+)*$");
                message.path("examples").forEach(example -> assertThat(
                        type.acceptsSource(example.path("headers").path("ce_source").asString())).isTrue());
            } else {
                assertThat(headerConst(message, "ce_source")).isEqualTo(type.source());
            }
            assertThat(message.path("name").asString()).isEqualTo(type.payloadType().getSimpleName());
            Path payloadSchema = DOCUMENT.getParent()
                    .resolve(message.path("payload").path("schema").path("$ref").asString()).normalize();
            assertThat(payloadSchema).isEqualTo(SchemaFiles.RESOURCES.resolve(type.schemaResource()).normalize());
            assertThat(resolve(message.path("bindings").path("$ref").asString()).path("kafka").path("key").isObject())
                    .as("Kafka key of " + entry.getKey()).isTrue();
        });
    }

    @Test
    void everyTopicWithEventsHasAChannelAndADeadLetterChannelCarryingItsEvents() {
        Map<String, JsonNode> channelByAddress = new java.util.HashMap<>();
        document.path("channels").properties()
                .forEach(channel -> channelByAddress.put(channel.getValue().path("address").asString(), channel.getValue()));

        Set<String> topicsWithEvents = EventCatalog.all().stream().map(EventType::topic).collect(Collectors.toSet());
        Set<String> expectedAddresses = new HashSet<>();
        topicsWithEvents.forEach(topic -> {
            expectedAddresses.add(topic);
            expectedAddresses.add(Topics.deadLetter(topic));
            Set<String> expectedTypes = EventCatalog.onTopic(topic).stream().map(EventType::type).collect(Collectors.toSet());
            for (String address : List.of(topic, Topics.deadLetter(topic))) {
                JsonNode channel = channelByAddress.get(address);
                assertThat(channel).as("channel " + address).isNotNull();
                assertThat(channel.path("bindings").path("kafka").path("topic").asString()).isEqualTo(address);
                assertThat(channel.path("messages").values().stream()
                        .map(ref -> headerConst(resolve(ref.path("$ref").asString()), "ce_type")).toList())
                        .as("messages on " + address).containsExactlyInAnyOrderElementsOf(expectedTypes);
            }
        });
        assertThat(channelByAddress.keySet()).containsExactlyInAnyOrderElementsOf(expectedAddresses);
    }

    @Test
    void everyChannelIsSentToAndReceivedFromWithAllItsMessages() {
        document.path("channels").propertyNames().forEach(channelName -> {
            String channelRef = "#/channels/" + channelName;
            List<JsonNode> operations = document.path("operations").values().stream()
                    .filter(operation -> operation.path("channel").path("$ref").asString().equals(channelRef))
                    .toList();
            assertThat(operations).extracting(operation -> operation.path("action").asString())
                    .as("operations on " + channelName).contains("send", "receive");
            operations.forEach(operation -> assertThat(operation.path("messages").values().stream()
                    .map(ref -> ref.path("$ref").asString()).toList())
                    .as("messages of an operation on " + channelName)
                    .allMatch(ref -> ref.startsWith(channelRef + "/messages/"))
                    .hasSize(document.path("channels").path(channelName).path("messages").size()));
        });
    }

    @TestFactory
    Stream<DynamicTest> everyExampleIsAValidMessage() {
        Schema headers = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(inlineRefs(document.path("components").path("schemas").path("CloudEventsKafkaHeaders")));
        return document.path("components").path("messages").properties().stream()
                .map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
                    JsonNode message = entry.getValue();
                    Schema messageHeaders = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                            .getSchema(inlineRefs(message.path("headers")));
                    assertThat(message.path("examples").size()).isPositive();
                    message.path("examples").forEach(example -> {
                        String ceType = headerConst(message, "ce_type");
                        assertThat(headers.validate(example.path("headers"))).isEmpty();
                        assertThat(messageHeaders.validate(example.path("headers"))).isEmpty();
                        assertThat(EventSchemas.publishViolations(ceType, JSON.writeValueAsBytes(example.path("payload"))))
                                .isEmpty();
                        assertThat(example.path("headers").path("ce_subject").asString())
                                .isEqualTo(example.path("payload").path(keyProperty(message)).asString());
                    });
                }));
    }

    @Test
    void theHeaderSchemaRejectsABrokenEnvelope() {
        Schema headers = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(inlineRefs(document.path("components").path("schemas").path("CloudEventsKafkaHeaders")));
        ObjectNode broken = (ObjectNode) document.path("components").path("messages").values().iterator().next()
                .path("examples").path(0).path("headers").deepCopy();
        broken.put("ce_sequence", "0");
        broken.remove("ce_subject");
        assertThat(headers.validate(broken)).hasSize(2);
    }

    private String headerConst(JsonNode message, String header) {
        for (JsonNode part : message.path("headers").path("allOf")) {
            JsonNode value = part.path("properties").path(header).path("const");
            if (value.isString()) {
                return value.asString();
            }
        }
        throw new AssertionError("message " + message.path("name") + " does not fix header " + header);
    }

    private String headerPattern(JsonNode message, String header) {
        for (JsonNode part : message.path("headers").path("allOf")) {
            JsonNode value = part.path("properties").path(header).path("pattern");
            if (value.isString()) {
                return value.asString();
            }
        }
        throw new AssertionError("message " + message.path("name") + " does not constrain header " + header);
    }

    /** The payload property that is the record key: {@code keyedByScanId} -> {@code scanId}. */
    private static String keyProperty(JsonNode message) {
        String binding = message.path("bindings").path("$ref").asString();
        String keyedBy = binding.substring(binding.lastIndexOf('/') + 1).replaceFirst("^keyedBy", "");
        return Character.toLowerCase(keyedBy.charAt(0)) + keyedBy.substring(1);
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject() && node.has("$ref")) {
            refs.add(node.get("$ref").asString());
        }
        node.values().forEach(child -> collectRefs(child, refs));
    }

    /** A local ref ({@code #/...}) into this document, or a file ref relative to it (with an optional fragment). */
    private JsonNode resolve(String ref) {
        int hash = ref.indexOf('#');
        String file = hash < 0 ? ref : ref.substring(0, hash);
        String pointer = hash < 0 ? "" : ref.substring(hash + 1);
        JsonNode root = document;
        if (!file.isEmpty()) {
            Path target = DOCUMENT.getParent().resolve(file).normalize();
            if (!Files.isRegularFile(target)) {
                return null;
            }
            root = SchemaFiles.read(target);
        }
        return root.at(pointer);
    }

    /** A copy with local refs replaced by what they point at, so a plain JSON Schema validator can use it. */
    private JsonNode inlineRefs(JsonNode node) {
        if (node.isObject() && node.has("$ref") && node.get("$ref").asString().startsWith("#/")) {
            return inlineRefs(resolve(node.get("$ref").asString()));
        }
        JsonNode copy = node.deepCopy();
        if (copy instanceof ObjectNode object) {
            node.properties().forEach(entry -> object.set(entry.getKey(), inlineRefs(entry.getValue())));
        } else if (copy instanceof tools.jackson.databind.node.ArrayNode array) {
            for (int i = 0; i < node.size(); i++) {
                array.set(i, inlineRefs(node.get(i)));
            }
        }
        return copy;
    }
}
