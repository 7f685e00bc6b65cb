package nl.talentcharter.devstack.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code -exec.jar} (what platform/devstack/Dockerfile runs) starts on its own and issues
 * tokens: the jar leaves out the broker, the services and the test libraries, and this catches one
 * exclusion too many.
 */
class TokenIssuerJarIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theIssuerJarStartsAloneAndIssuesTokens(@TempDir Path data) throws Exception {
        int port = freePort();
        ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-jar", execJar().toString())
                .redirectErrorStream(true).redirectOutput(data.resolve("issuer.log").toFile());
        java.environment().put("SERVER_PORT", String.valueOf(port));
        java.environment().put("TALENTCHARTER_ISSUER_KEY_FILE", data.resolve("signing-key.json").toString());
        java.environment().put("TALENTCHARTER_ISSUER_DEMO_MEMBER_ID", "4f7c2a10-0000-4000-8000-000000000001");
        Process issuer = java.start();
        try {
            String url = "http://localhost:" + port;
            awaitKeys(url, issuer, data.resolve("issuer.log"));

            SignedJWT member = SignedJWT.parse(new TokenClient(url).accessToken(DemoClients.MEMBER));
            assertThat(member.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("member");
            assertThat(member.getJWTClaimsSet().getStringClaim("member_id")).isEqualTo("4f7c2a10-0000-4000-8000-000000000001");
            assertThat(data.resolve("signing-key.json")).isRegularFile();
        } finally {
            issuer.destroy();
            if (!issuer.waitFor(30, TimeUnit.SECONDS)) {
                issuer.destroyForcibly();
            }
        }
    }

    private static void awaitKeys(String url, Process issuer, Path log) throws Exception {
        await("the issuer jar serves its keys (log: " + log + ")").atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(250)).ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    // an exited issuer fails at once instead of waiting out the timeout
                    assertThat(issuer.isAlive()).as("the issuer exited, see %s:%n%s", log, Files.readString(log)).isTrue();
                    return HTTP.send(HttpRequest.newBuilder(URI.create(url + "/oauth2/jwks")).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
                });
    }

    private static Path execJar() throws IOException {
        try (Stream<Path> jars = Files.list(Path.of("target"))) {
            return jars.filter(p -> p.getFileName().toString().matches("devstack-.*-exec\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no target/devstack-*-exec.jar: run through mvn verify"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
