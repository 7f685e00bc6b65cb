package nl.talentcharter.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * Gives each service context its own {@code application.yaml}. On one shared classpath
 * {@code classpath:/application.yaml} is whichever service jar comes first, so a second service would
 * read the first one's configuration (function definitions, bindings). The devstack copies each
 * service's own file out of the jar (or classes folder) its main class comes from, into
 * {@code <home>/config/<service>/}, and points that context's {@code spring.config.location} there.
 */
final class ServiceConfigFiles {

    static final List<String> NAMES = List.of("application.properties", "application.yaml", "application.yml");

    private ServiceConfigFiles() {
    }

    /** The folder holding the service's own configuration files (possibly none). */
    static Path extract(ServiceDefinition service, Path home) {
        Path target = home.resolve("config").resolve(service.name());
        try {
            Files.createDirectories(target);
            for (String name : NAMES) {
                Files.deleteIfExists(target.resolve(name));
            }
            Path origin = Path.of(service.mainType().getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(origin)) {
                for (String name : NAMES) {
                    if (Files.isRegularFile(origin.resolve(name))) {
                        Files.copy(origin.resolve(name), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            } else {
                try (JarFile jar = new JarFile(origin.toFile())) {
                    for (String name : NAMES) {
                        ZipEntry entry = jar.getEntry(name);
                        if (entry != null) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                Files.copy(in, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                            }
                        }
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the configuration of " + service.name(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
