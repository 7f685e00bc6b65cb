package nl.talentcharter.contracts.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The build check: every released schema (a copy under {@code contracts/released/}) still has its current
 * version, and the current version accepts every payload the released one accepted. See the README
 * ("Releasing a schema") for what to do when this fails.
 */
class ReleasedSchemasCompatibilityTest {

    private static final Path RELEASED = Path.of("released");
    private static final Path CURRENT = Path.of("src/main/resources");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theReleasedSchemasAreThere() {
        assertThat(releasedSchemas()).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyReleasedSchemaStaysCompatible() {
        return releasedSchemas().stream().map(schema -> DynamicTest.dynamicTest(schema, () -> {
            Path current = CURRENT.resolve(schema);
            assertThat(current)
                    .as("%s was released and must stay until its major version is retired; "
                            + "a breaking change needs a new major version (.v2.json) next to it", schema)
                    .isRegularFile();
            List<BreakingChange> changes = SchemaCompatibility.breakingChanges(
                    JSON.readTree(RELEASED.resolve(schema).toFile()), JSON.readTree(current.toFile()));
            assertThat(changes)
                    .as("breaking changes in %s since its release; keep v%s compatible or add a new major version",
                            schema, schema.replaceAll(".*\\.v(\\d+)\\.json$", "$1"))
                    .isEmpty();
        }));
    }

    /** Released schema files, relative to {@code released/}, e.g. {@code schemas/members/member-joined.v1.json}. */
    private static List<String> releasedSchemas() {
        try (Stream<Path> files = Files.walk(RELEASED.resolve("schemas"))) {
            return files.filter(Files::isRegularFile)
                    .map(file -> RELEASED.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
