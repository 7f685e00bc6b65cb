package nl.talentcharter.devstack.issuer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Gets an access token from the issuer the way any client does: client credentials over HTTP. */
public final class TokenClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String issuerUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public TokenClient(String issuerUrl) {
        this.issuerUrl = issuerUrl;
    }

    public String accessToken(DemoClient client) {
        String credentials = Base64.getEncoder().encodeToString(
                (client.clientId() + ":" + client.secret()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuerUrl + "/oauth2/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the issuer refused a token for " + client.clientId() + ": "
                        + response.statusCode() + " " + response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            return body.get("access_token").asString();
        } catch (IOException e) {
            throw new IllegalStateException("the issuer at " + issuerUrl + " cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
