package nl.talentcharter.servicekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import nl.talentcharter.servicekit.sample.SampleServiceApplication;
import nl.talentcharter.testkit.RealInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample service on a real port, on the shared broker and store. Every test class extends this
 * without adding configuration, so they all share one Spring context.
 */
@SpringBootTest(classes = SampleServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
public abstract class ServiceKitTestSupport {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    protected Reply get(String path, String token) {
        return send("GET", path, token, null, null, "application/json");
    }

    protected Reply send(String method, String path, String token, String contentType, String body, String accept) {
        return sendWithHeaders(method, path, token, contentType, body, "Accept", accept);
    }

    protected Reply sendWithHeaders(String method, String path, String token, String contentType, String body,
            String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            if (headers[i + 1] != null) {
                request.header(headers[i], headers[i + 1]);
            }
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected Reply postJson(String path, String token, String body) {
        return send("POST", path, token, "application/json", body, "application/json");
    }

    /** An HTTP answer, with its body parsed when it is JSON. */
    public static final class Reply {

        private final HttpResponse<String> response;

        Reply(HttpResponse<String> response) {
            this.response = response;
        }

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public JsonNode json() {
            return JSON.readTree(response.body());
        }

        /** Asserts an RFC 9457 problem of the platform: media type, status, type, title, detail, instance. */
        public JsonNode assertProblem(int status, String slug, String path) {
            assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(status);
            assertThat(header("Content-Type")).get().asString().startsWith("application/problem+json");
            JsonNode problem = json();
            assertThat(problem.path("type").asString()).isEqualTo("https://talentcharter.nl/problems/" + slug);
            assertThat(problem.path("status").asInt()).isEqualTo(status);
            assertThat(problem.path("title").asString()).isNotBlank();
            assertThat(problem.path("detail").asString()).isNotBlank();
            assertThat(problem.path("instance").asString()).isEqualTo(path);
            return problem;
        }
    }
}
