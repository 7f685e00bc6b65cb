package nl.talentcharter.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tests talk to a service over real HTTP like any client: one request with an optional bearer token, content
 * type, body and extra headers, answered with its status, content type and body. The client's pool is sized
 * for the concurrency tests that send many requests at once.
 */
public final class ServiceHttp {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .executor(Executors.newFixedThreadPool(16, runnable -> {
                Thread thread = new Thread(runnable, "test-http");
                thread.setDaemon(true);
                return thread;
            }))
            .build();

    /** What the service answered; the content type is empty when it sent none. */
    public record Reply(int status, String contentType, String body) {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** Asserts an RFC 9457 problem (conventions.md, "Errors") with this status; returns its body. */
        public JsonNode problem(int expectedStatus) {
            assertThat(status).as(body).isEqualTo(expectedStatus);
            assertThat(contentType).startsWith("application/problem+json");
            JsonNode problem = json();
            assertThat(problem.path("status").asInt()).as(body).isEqualTo(expectedStatus);
            assertThat(problem.path("type").asString()).as(body).startsWith(PROBLEM_TYPES);
            return problem;
        }

        /** Asserts an RFC 9457 problem with this status and type slug. */
        public Reply isProblem(int expectedStatus, String slug) {
            assertThat(problem(expectedStatus).path("type").asString()).isEqualTo(PROBLEM_TYPES + slug);
            return this;
        }
    }

    private static final String PROBLEM_TYPES = "https://talentcharter.nl/problems/";

    private ServiceHttp() {
    }

    /**
     * @param token       a bearer token, or {@code null} for an anonymous request
     * @param contentType the request's content type, or {@code null}
     * @param body        the request body, or {@code null} for none
     */
    public static Reply send(int port, String method, String path, String token, String contentType, String body,
            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
