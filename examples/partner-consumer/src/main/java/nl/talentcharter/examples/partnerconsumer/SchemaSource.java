package nl.talentcharter.examples.partnerconsumer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the JSON Schema files are read from, by their path below {@code schemas/}, e.g.
 * {@code members/member-joined.v1.json}:
 * <ul>
 * <li>{@code https://gateway.example/schemas/}: the platform's partner gateway serves them without login;</li>
 * <li>{@code classpath:schemas/}: a copy packaged with the partner's application (or the contracts jar);</li>
 * <li>a directory: a copy on disk.</li>
 * </ul>
 */
@FunctionalInterface
public interface SchemaSource {

    /** The text of the schema file at {@code path} (relative, no {@code ..}). */
    String read(String path);

    static SchemaSource of(String base) {
        if (base.startsWith("http://") || base.startsWith("https://")) {
            return http(URI.create(withSlash(base)));
        }
        if (base.startsWith("classpath:")) {
            return classpath(withSlash(base.substring("classpath:".length())));
        }
        if (base.startsWith("file:")) {
            return directory(Path.of(URI.create(base)));
        }
        return directory(Path.of(base));
    }

    static SchemaSource http(URI base) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        return path -> {
            URI uri = base.resolve(checked(path));
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                        .header("Accept", "application/schema+json, application/json").GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() != 200) {
                    throw new SchemaUnavailableException("GET " + uri + " answered " + response.statusCode());
                }
                return response.body();
            } catch (IOException e) {
                throw new SchemaUnavailableException("GET " + uri + " failed: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaUnavailableException("interrupted while fetching " + uri, e);
            }
        };
    }

    static SchemaSource classpath(String prefix) {
        return path -> {
            String resource = prefix + checked(path);
            try (InputStream in = SchemaSource.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new SchemaUnavailableException("no schema on the classpath at " + resource);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new SchemaUnavailableException("cannot read " + resource, e);
            }
        };
    }

    static SchemaSource directory(Path directory) {
        return path -> {
            Path file = directory.resolve(checked(path));
            try {
                return Files.readString(file);
            } catch (IOException e) {
                throw new SchemaUnavailableException("cannot read " + file + ": " + e, e);
            }
        };
    }

    private static String withSlash(String base) {
        return base.endsWith("/") ? base : base + "/";
    }

    /** A schema id comes from a message header: it must not lead outside the schema base. */
    private static String checked(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("not a schema path: " + path);
        }
        return path;
    }
}
