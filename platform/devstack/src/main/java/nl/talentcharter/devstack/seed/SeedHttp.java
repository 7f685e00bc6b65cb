package nl.talentcharter.devstack.seed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP for the demo seeders, with an operator token. Any answer other than 2xx stops the seeding
 * with the service's problem detail, except that a member the service has not heard of yet is waited for:
 * its read model learns about new members from the broker, a moment after the members service registered them
 * (sprints answer 422 member-unknown, pools 409 member-not-active until then).
 */
final class SeedHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(90);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;

    SeedHttp(String token) {
        this.token = token;
    }

    JsonNode get(String url) {
        return ok(send(HttpRequest.newBuilder(URI.create(url)).GET()), "GET " + url);
    }

    JsonNode post(String url, Object body) {
        return ok(send(request(url, body)), "POST " + url);
    }

    JsonNode put(String url, Object body) {
        return ok(send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))), "PUT " + url);
    }

    /** A POST that names a member, retried while the service's member read model does not know it yet. */
    JsonNode postOnceMemberKnown(String url, Object body) {
        long deadline = System.nanoTime() + READ_MODEL_WAIT.toNanos();
        while (true) {
            HttpResponse<String> response = send(request(url, body));
            boolean memberNotKnownYet = (response.statusCode() == 422 && response.body().contains("member-unknown"))
                    || (response.statusCode() == 409 && response.body().contains("member-not-active"));
            if (!memberNotKnownYet || System.nanoTime() > deadline) {
                return ok(response, "POST " + url);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private HttpRequest.Builder request(String url, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (body == null) {
            return request.POST(HttpRequest.BodyPublishers.noBody());
        }
        return request.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).build();
        try {
            return http.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + built.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode ok(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("demo data: " + what + " answered " + response.statusCode() + " "
                    + response.body());
        }
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
