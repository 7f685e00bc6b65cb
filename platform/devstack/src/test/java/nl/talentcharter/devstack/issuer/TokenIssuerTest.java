package nl.talentcharter.devstack.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** The issuer alone, as docker-compose.yml runs it: no store, no demo member bound yet. */
class TokenIssuerTest {

    @TempDir
    static Path keys;

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ConfigurableApplicationContext issuer;
    private static String url;

    @BeforeAll
    static void start() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        url = "http://localhost:" + port;
        issuer = TokenIssuerApplication.builder().run("--server.port=" + port,
                "--talentcharter.issuer.key-file=" + keys.resolve("signing-key.json"), "--spring.main.banner-mode=off");
    }

    @AfterAll
    static void stop() {
        issuer.close();
    }

    @Test
    void aPartnerMayAskForFewerScopesButNotForOthers() throws Exception {
        HttpResponse<String> fewer = token(DemoClients.PARTNER, "scope=members.read");
        assertThat(fewer.statusCode()).isEqualTo(200);
        String accessToken = fewer.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
        assertThat(SignedJWT.parse(accessToken).getJWTClaimsSet().getStringClaim("scope")).isEqualTo("members.read");

        HttpResponse<String> other = token(DemoClients.PARTNER, "scope=members.write");
        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(other.body()).contains("invalid_scope");
    }

    @Test
    void theMemberClientGetsAClearErrorInsteadOfATokenWithoutMemberId() throws Exception {
        HttpResponse<String> response = token(DemoClients.MEMBER, null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("not seeded yet");
    }

    @Test
    void anUnknownClientIsRefused() throws Exception {
        DemoClient unknown = new DemoClient("intruder", "guess", List.of(), Set.of(), false, "-");
        assertThat(token(unknown, null).statusCode()).isEqualTo(401);
    }

    private static HttpResponse<String> token(DemoClient client, String extra) throws Exception {
        String form = "grant_type=client_credentials&client_id=" + client.clientId() + "&client_secret=" + client.secret()
                + (extra == null ? "" : "&" + extra);
        return HTTP.send(HttpRequest.newBuilder(URI.create(url + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
