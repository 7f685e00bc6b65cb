package nl.talentcharter.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.contracts.members.MemberJoined;
import nl.talentcharter.contracts.members.MemberPayloads;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class EventSchemasTest {

    private static final JsonMapper JSON = ServiceJsonMapper.get();
    private static final String JOINED = MemberEvents.MEMBER_JOINED.type();

    @TestFactory
    Stream<DynamicTest> everyRealisticPayloadSerialisedByTheServiceMapperIsValidAndPublishable() {
        assertThat(MemberPayloads.oneOfEach().keySet()).containsExactlyInAnyOrderElementsOf(MemberEvents.all());
        return MemberPayloads.oneOfEach().entrySet().stream().map(entry -> DynamicTest.dynamicTest(
                entry.getKey().type(), () -> {
                    byte[] json = JSON.writeValueAsBytes(entry.getValue());
                    assertThat(EventSchemas.violations(entry.getKey().type(), json)).isEmpty();
                    assertThat(EventSchemas.publishViolations(entry.getKey().type(), json)).isEmpty();
                    assertThat(JSON.readValue(json, entry.getKey().payloadType())).isEqualTo(entry.getValue());
                }));
    }

    @Test
    void datesTravelAsIsoStringsAndAbsentOptionalsAreLeftOut() {
        ObjectNode joined = joined();
        assertThat(joined.get("joinedOn").asString()).isEqualTo("2026-03-01");
        ObjectNode college = (ObjectNode) JSON.valueToTree(MemberPayloads.CROSS_BORDER_COLLEGE);
        assertThat(college.get("location").has("municipality")).isFalse();
        assertThat(college.get("educationLevel").asString()).isEqualTo("HBO");
        assertThat(college.get("sizeClass").asString()).isEqualTo("LARGE");
    }

    @Test
    void aMissingRequiredPropertyIsNamed() {
        assertThat(violationsOfJoined(json -> json.remove("joinedOn")))
                .singleElement().asString().contains("joinedOn").contains("required");
    }

    @Test
    void aParsedPayloadGetsTheSameVerdictAsItsBytes() {
        ObjectNode valid = joined();
        ObjectNode invalid = joined();
        ((ObjectNode) invalid.get("profile").get("location")).remove("region");
        for (ObjectNode payload : new ObjectNode[] {valid, invalid}) {
            assertThat(EventSchemas.violationsOf(JOINED, payload))
                    .isEqualTo(EventSchemas.violations(JOINED, JSON.writeValueAsBytes(payload)));
        }
        assertThat(EventSchemas.violationsOf(JOINED, invalid)).singleElement().asString().contains("region");
        assertThat(EventSchemas.violationsOf("nl.talentcharter.nope.v1", valid)).singleElement().asString()
                .contains("unknown event type");
    }

    @Test
    void aMissingNestedPropertyIsReportedAtItsPath() {
        assertThat(violationsOfJoined(json -> ((ObjectNode) json.get("profile").get("location")).remove("region")))
                .singleElement().asString().contains("location").contains("region");
    }

    @Test
    void aWrongTypeIsReported() {
        assertThat(violationsOfJoined(json -> json.put("membershipPeriod", "one")))
                .singleElement().asString().contains("membershipPeriod").contains("integer");
    }

    @Test
    void aValueOutsideItsEnumerationIsReported() {
        assertThat(violationsOfJoined(json -> ((ObjectNode) json.get("profile")).put("sector", "FINANCE")))
                .singleElement().asString().contains("sector").contains("enumeration");
    }

    @Test
    void aKvkNumberMustBeEightDigits() {
        assertThat(violationsOfJoined(json -> ((ObjectNode) json.get("profile")).put("kvkNumber", "1405234")))
                .singleElement().asString().contains("kvkNumber").contains("^[0-9]{8}$");
        assertThat(violationsOfJoined(json -> ((ObjectNode) json.get("profile")).put("kvkNumber", "1405234A")))
                .singleElement().asString().contains("kvkNumber");
    }

    @Test
    void datesAndInstantsMustBeWellFormed() {
        assertThat(violationsOfJoined(json -> json.put("joinedOn", "01-03-2026")))
                .singleElement().asString().contains("joinedOn").contains("date");
        byte[] localTime = JSON.writeValueAsBytes(JSON.createObjectNode()
                .put("memberId", MemberPayloads.MEMBER_ID)
                .put("contactId", MemberPayloads.CONTACT_ID)
                .put("erasedAt", "2026-11-30T23:59:59+01:00"));
        assertThat(EventSchemas.violations(MemberEvents.CONTACT_ERASED.type(), localTime))
                .singleElement().asString().contains("erasedAt");
    }

    @Test
    void aContactIsIdentifiedByAUuidOnly() {
        byte[] named = JSON.writeValueAsBytes(JSON.createObjectNode()
                .put("memberId", MemberPayloads.MEMBER_ID)
                .put("contactId", "jan.jansen@example.nl")
                .put("registeredAt", "2026-03-02T10:00:00Z"));
        assertThat(EventSchemas.violations(MemberEvents.CONTACT_REGISTERED.type(), named))
                .singleElement().asString().contains("contactId").contains("uuid");
    }

    @Test
    void anOptionalPropertyIsAbsentNeverNull() {
        assertThat(violationsOfJoined(json -> json.putNull("firstContact")))
                .singleElement().asString().contains("firstContact");
    }

    @Test
    void actionLinesAreUnique() {
        assertThat(violationsOfJoined(json -> ((ArrayNode) json.get("profile").get("actionLines")).add("ATTRACT")))
                .singleElement().asString().contains("actionLines");
    }

    @Test
    void undeclaredPropertiesAreToleratedInboundButNotPublished() {
        ObjectNode joined = joined();
        joined.put("loyaltyTier", "GOLD");
        ((ObjectNode) joined.get("profile")).put("website", "https://venlo-cargo.example");
        byte[] json = JSON.writeValueAsBytes(joined);

        assertThat(EventSchemas.violations(JOINED, json)).isEmpty();
        assertThat(EventSchemas.publishViolations(JOINED, json)).hasSize(2)
                .anySatisfy(violation -> assertThat(violation).contains("loyaltyTier"))
                .anySatisfy(violation -> assertThat(violation).contains("website"));
    }

    @Test
    void anUnknownTypeIsAViolationNotAPass() {
        byte[] json = JSON.writeValueAsBytes(joined());
        assertThat(EventSchemas.violations("nl.talentcharter.members.member-joined.v9", json))
                .singleElement().asString().contains("unknown event type").contains("member-joined.v9");
        assertThat(EventSchemas.violations(null, json)).singleElement().asString().contains("unknown event type");
    }

    @Test
    void aPayloadThatIsNotJsonOrEmptyIsAViolation() {
        assertThat(EventSchemas.violations(JOINED, "{\"memberId\": ".getBytes(StandardCharsets.UTF_8)))
                .singleElement().asString().contains("not JSON");
        assertThat(EventSchemas.violations(JOINED, new byte[0])).singleElement().asString().contains("empty");
        assertThat(EventSchemas.violations(JOINED, null)).singleElement().asString().contains("empty");
        assertThat(EventSchemas.violations(JOINED, "[]".getBytes(StandardCharsets.UTF_8)))
                .singleElement().asString().contains("object");
    }

    @Test
    void requireValidExplainsWhatIsWrong() {
        byte[] json = JSON.writeValueAsBytes(mutatedJoined(joined -> {
            joined.remove("memberId");
            ((ObjectNode) joined.get("profile")).put("employees", -3);
        }));
        assertThatThrownBy(() -> EventSchemas.requireValid(JOINED, json))
                .isInstanceOf(SchemaViolationException.class)
                .hasMessageContaining(JOINED)
                .hasMessageContaining("memberId")
                .hasMessageContaining("employees")
                .satisfies(e -> assertThat(((SchemaViolationException) e).violations()).hasSize(2));
        assertThatCode(() -> EventSchemas.requireValid(JOINED, JSON.writeValueAsBytes(joined())))
                .doesNotThrowAnyException();
        assertThatCode(() -> EventSchemas.requirePublishable(JOINED, JSON.writeValueAsBytes(joined())))
                .doesNotThrowAnyException();
    }

    private static ObjectNode joined() {
        MemberJoined joined = (MemberJoined) MemberPayloads.oneOfEach().get(MemberEvents.MEMBER_JOINED);
        return (ObjectNode) JSON.valueToTree(joined);
    }

    private static ObjectNode mutatedJoined(Consumer<ObjectNode> mutation) {
        ObjectNode joined = joined();
        mutation.accept(joined);
        return joined;
    }

    private static java.util.List<String> violationsOfJoined(Consumer<ObjectNode> mutation) {
        return EventSchemas.violations(JOINED, JSON.writeValueAsBytes(mutatedJoined(mutation)));
    }
}
