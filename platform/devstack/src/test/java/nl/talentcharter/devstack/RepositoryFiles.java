package nl.talentcharter.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository's root and its service modules, seen from this module's tests (run in platform/devstack). */
final class RepositoryFiles {

    private RepositoryFiles() {
    }

    static Path root() {
        Path root = Path.of("").toAbsolutePath().resolve("../..").normalize();
        if (!Files.isRegularFile(root.resolve("mvnw")) || !Files.isDirectory(root.resolve("services"))) {
            throw new IllegalStateException("tests of platform/devstack must run in that folder; the repository root "
                    + root + " has no mvnw or services/");
        }
        return root;
    }

    /** Every folder under services/ with a pom.xml: the service modules. */
    static List<String> serviceModules() {
        try (Stream<Path> folders = Files.list(root().resolve("services"))) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("pom.xml")))
                    .map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
