package nl.talentcharter.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import nl.talentcharter.devstack.issuer.DemoClients;
import nl.talentcharter.devstack.issuer.TokenClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The devstack for real: broker child process, persistent store, token issuer and every service of
 * the build, on free ports in a temporary folder; started once, restarted once at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DevStackTest {

    @TempDir
    static Path home;

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private DevStackSettings settings;
    private DevStack stack;
    private TokenClient tokens;

    @BeforeAll
    void start() {
        settings = DevStackSettings.onFreePorts(home);
        stack = new DevStack(settings).start();
        tokens = new TokenClient(settings.issuerUrl());
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void theIssuerSignsATokenPerRoleWithThePlatformClaims() throws Exception {
        JWKSet keys = JWKSet.load(new URL(settings.issuerUrl() + "/oauth2/jwks"));
        RSAKey key = (RSAKey) keys.getKeys().get(0);

        SignedJWT operator = SignedJWT.parse(tokens.accessToken(DemoClients.OPERATOR));
        assertThat(operator.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(operator.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("operator");
        assertThat(operator.getJWTClaimsSet().getSubject()).isEqualTo("operator-cli");
        assertThat(operator.getJWTClaimsSet().getClaim("scope")).isNull();

        SignedJWT viewer = SignedJWT.parse(tokens.accessToken(DemoClients.VIEWER));
        assertThat(viewer.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("viewer");

        SignedJWT partner = SignedJWT.parse(tokens.accessToken(DemoClients.PARTNER));
        assertThat(partner.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("partner");
        assertThat(partner.getJWTClaimsSet().getStringClaim("scope").split(" "))
                .containsExactlyInAnyOrderElementsOf(DemoClients.PARTNER.scopes());
    }

    @Test
    @Order(2)
    void theIssuerRefusesAWrongSecret() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(settings.issuerUrl() + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id=operator-cli&client_secret=guessed"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    @Order(3)
    void everyServiceOfTheBuildRunsAndIsReady() {
        assertThat(stack.services()).extracting(RunningService::name)
                .containsExactlyElementsOf(ServiceCatalog.present().stream().map(ServiceDefinition::name).toList());
        assertThat(stack.services()).allSatisfy(s -> assertThat(Readiness.isUp(s.url())).as(s.name()).isTrue());
    }

    @Test
    @Order(9)
    void afterARestartTheSigningKeyIsTheSame() throws Exception {
        String before = tokens.accessToken(DemoClients.OPERATOR);
        stack.close();
        stack = new DevStack(settings).start();

        SignedJWT token = SignedJWT.parse(before);
        RSAKey key = (RSAKey) JWKSet.load(new URL(settings.issuerUrl() + "/oauth2/jwks")).getKeys().get(0);
        assertThat(token.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(List.of(key.getKeyID())).containsExactly(token.getHeader().getKeyID());
    }
}
