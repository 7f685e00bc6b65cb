package nl.talentcharter.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The schema files of this module as they lie in the source tree (tests run in the module directory). */
final class SchemaFiles {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path SCHEMAS = RESOURCES.resolve("schemas");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SchemaFiles() {
    }

    /** Classpath-style names of every schema file, e.g. {@code schemas/members/member-joined.v1.json}. */
    static List<String> current() {
        return under(RESOURCES);
    }

    static JsonNode read(Path file) {
        return JSON.readTree(file.toFile());
    }

    private static List<String> under(Path root) {
        try (Stream<Path> files = Files.walk(root.resolve("schemas"))) {
            return files.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
