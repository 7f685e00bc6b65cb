package nl.talentcharter.examples.partnerconsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The checks that need no broker: headers, schema ids, schema paths. */
class CloudEventHeadersTest {

    private static final String SCHEMA = "https://talentcharter.nl/schemas/members/member-joined.v1.json";

    @Test
    void aCompleteEnvelopeHasNoProblemsAndUnknownHeadersAreIgnored() {
        RecordHeaders headers = envelope();
        headers.add("x-partner-specific", bytes("anything"));
        assertThat(CloudEventHeaders.of(headers).problems()).isEmpty();
    }

    @Test
    void everyMissingAttributeIsNamed() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", bytes("0.3"));
        assertThat(CloudEventHeaders.of(headers).problems()).containsExactly(
                "ce_specversion: expected 1.0 but was 0.3", "ce_id: missing", "ce_source: missing", "ce_type: missing",
                "ce_dataschema: missing");
    }

    @Test
    void aSchemaOutsideTheAllianceAndANonJsonContentTypeAreProblems() {
        RecordHeaders headers = envelope();
        headers.remove("ce_dataschema");
        headers.add("ce_dataschema", bytes("https://attacker.example/schema.json"));
        headers.remove("content-type");
        headers.add("content-type", bytes("application/xml"));
        assertThat(CloudEventHeaders.of(headers).problems()).containsExactly(
                "ce_dataschema: https://attacker.example/schema.json is not below https://talentcharter.nl/schemas/",
                "content-type: expected application/json but was application/xml");
    }

    @Test
    void theCatalogRefusesIdsOutsideTheAllianceBeforeFetchingAnything() {
        SchemaCatalog catalog = new SchemaCatalog(path -> {
            throw new AssertionError("nothing may be fetched for " + path);
        });
        assertThatThrownBy(() -> catalog.violations("https://attacker.example/schemas/x.v1.json",
                JsonMapper.builder().build().readTree("{}"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSchemaPathCannotLeaveTheSchemaDirectory(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "not a schema");
        SchemaSource source = SchemaSource.of(dir.resolve("schemas").toString());
        assertThatThrownBy(() -> source.read("../secret.txt")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> source.read("/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingSchemaIsUnavailableNotInvalid(@TempDir Path dir) {
        SchemaCatalog catalog = new SchemaCatalog(SchemaSource.of(dir.toString()));
        assertThatThrownBy(() -> catalog.violations(SCHEMA, JsonMapper.builder().build().readTree("{}")))
                .isInstanceOf(SchemaUnavailableException.class).hasMessageContaining("member-joined.v1.json");
    }

    private static RecordHeaders envelope() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", bytes("1.0"));
        headers.add("ce_id", bytes("6f1c8a0e-3b7d-4c55-9a51-0e4f2a9d1c11"));
        headers.add("ce_source", bytes("/talentcharter/members"));
        headers.add("ce_type", bytes("nl.talentcharter.members.member-joined.v1"));
        headers.add("ce_dataschema", bytes(SCHEMA));
        headers.add("content-type", bytes("application/json"));
        return headers;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
