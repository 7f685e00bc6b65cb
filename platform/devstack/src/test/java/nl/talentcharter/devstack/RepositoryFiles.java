package nl.talentcharter.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The repository's root and its service modules, seen from this module's tests (run in platform/devstack). */
final class RepositoryFiles {

    private static final Pattern SERVICE_MODULE = Pattern.compile("<module>\\s*services/([^<\\s]+)\\s*</module>");

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

    /** The service modules of the reactor: every {@code <module>services/<name></module>} of the root pom. */
    static List<String> serviceModules() {
        try {
            Matcher modules = SERVICE_MODULE.matcher(Files.readString(root().resolve("pom.xml")));
            List<String> names = new ArrayList<>();
            while (modules.find()) {
                names.add(modules.group(1));
            }
            return names.stream().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
