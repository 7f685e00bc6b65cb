package nl.talentcharter.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Waits until a service's actuator readiness group reports UP: the same check compose and Kubernetes use. */
final class Readiness {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Readiness() {
    }

    static boolean isUp(String serviceUrl) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(serviceUrl + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static void await(RunningService service, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isUp(service.url())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(service.name() + " is not ready after " + timeout.toSeconds()
                        + " s: see " + service.url() + "/actuator/health");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
