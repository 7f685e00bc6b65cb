package nl.talentcharter.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.talentcharter.testkit.ServiceHttp.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP helpers against a real (JDK) HTTP server that answers what each test needs. */
class HttpIntegrationTestTest extends HttpIntegrationTest {

    private static final String PROBLEM = """
            {"type": "https://talentcharter.nl/problems/member-not-found", "title": "Member not found",
             "status": 404, "detail": "no member m-1"}""";

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private volatile int answerStatus = 200;
    private volatile String answerType = "application/json";
    private volatile String answerBody = "{\"id\": \"m-1\"}";

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " " + body);
            byte[] answer = answerBody.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", answerType);
            exchange.sendResponseHeaders(answerStatus, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void getPostAndPutSendJsonWithTheBearerTokenAndReadTheAnswer() {
        Reply got = get("/members/m-1", "t0k3n");
        post("/members", "t0k3n", "{\"a\": 1}");
        post("/members/m-1/suspend", null, null);
        put("/members/m-1", "t0k3n", "{\"b\": 2}");

        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json().path("id").asString()).isEqualTo("m-1");
        assertThat(requests).containsExactly(
                "GET /members/m-1 Bearer t0k3n null ",
                "POST /members Bearer t0k3n application/json {\"a\": 1}",
                "POST /members/m-1/suspend null null ",
                "PUT /members/m-1 Bearer t0k3n application/json {\"b\": 2}");
    }

    @Test
    void sendCarriesExtraHeaders() {
        server.createContext("/echo", exchange -> {
            byte[] answer = String.valueOf(exchange.getRequestHeaders().getFirst("X-Forwarded-For"))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });

        Reply echoed = send("GET", "/echo", null, null, null, Map.of("X-Forwarded-For", "10.9.0.1"));

        assertThat(echoed.body()).isEqualTo("10.9.0.1");
        assertThat(echoed.contentType()).isEmpty();
    }

    @Test
    void aProblemIsCheckedForStatusMediaTypeAndType() {
        answerStatus = 404;
        answerType = "application/problem+json";
        answerBody = PROBLEM;

        Reply reply = get("/members/m-1", "t0k3n");

        assertThat(reply.problem(404).path("detail").asString()).isEqualTo("no member m-1");
        assertThat(reply.isProblem(404, "member-not-found")).isSameAs(reply);
        assertThatThrownBy(() -> reply.problem(409)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> reply.isProblem(404, "contact-not-found")).isInstanceOf(AssertionError.class);
    }

    @Test
    void plainJsonOrAForeignTypeIsNoProblem() {
        answerStatus = 404;
        answerBody = PROBLEM;
        assertThatThrownBy(() -> get("/members/m-1", null).problem(404)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("application/problem+json");

        answerType = "application/problem+json";
        answerBody = PROBLEM.replace("https://talentcharter.nl/problems/", "about:blank#");
        assertThatThrownBy(() -> get("/members/m-1", null).problem(404)).isInstanceOf(AssertionError.class);
    }
}
