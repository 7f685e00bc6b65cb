package nl.talentcharter.testkit;

import java.util.Map;
import nl.talentcharter.testkit.ServiceHttp.Reply;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of a service's integration tests that talk to the service over real HTTP on its random port, like any
 * client: {@code get}, {@code post} and {@code put} JSON with an optional bearer token, or {@code send} anything.
 */
public abstract class HttpIntegrationTest {

    @LocalServerPort
    protected int port;

    protected Reply send(String method, String path, String token, String contentType, String body,
            Map<String, String> headers) {
        return ServiceHttp.send(port, method, path, token, contentType, body, headers);
    }

    protected Reply send(String method, String path, String token, String contentType, String body) {
        return send(method, path, token, contentType, body, Map.of());
    }

    protected Reply get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    /** @param json the body, or {@code null} for none */
    protected Reply post(String path, String token, String json) {
        return send("POST", path, token, json == null ? null : "application/json", json);
    }

    protected Reply put(String path, String token, String json) {
        return send("PUT", path, token, "application/json", json);
    }
}
