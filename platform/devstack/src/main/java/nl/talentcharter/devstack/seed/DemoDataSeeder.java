package nl.talentcharter.devstack.seed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import nl.talentcharter.devstack.issuer.DemoClients;
import nl.talentcharter.devstack.issuer.TokenClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds the invented demo data once, through the services' public REST APIs with an operator token
 * (so it passes the same validation, outbox and events as any other input), and records it in the
 * {@link DemoDataLedger}. A service that is not part of the build is skipped with a log line.
 */
public final class DemoDataSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DemoDataLedger ledger;
    private final TokenClient tokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public DemoDataSeeder(DemoDataLedger ledger, TokenClient tokens) {
        this.ledger = ledger;
        this.tokens = tokens;
    }

    /** @param serviceUrls base URL per running service name */
    public void seedOnce(Map<String, String> serviceUrls) {
        seedMembers(serviceUrls.get("members"));
        DemoEvents.seedOnce(ledger, tokens, serviceUrls);
        DemoInstruments.seedOnce(ledger, tokens, serviceUrls);
    }

    private void seedMembers(String membersUrl) {
        if (membersUrl == null) {
            log.info("demo data: the members service is not part of this build, no demo members seeded");
            return;
        }
        if (ledger.isSeeded("members")) {
            log.info("demo data: members already seeded (marker in {}.{}), nothing to do", DemoDataLedger.DATABASE,
                    DemoDataLedger.COLLECTION);
            return;
        }
        String operatorToken = tokens.accessToken(DemoClients.OPERATOR);
        String boundMemberId = null;
        int seeded = 0;
        for (DemoMember member : DemoMembers.ALL) {
            Optional<String> id = register(membersUrl, operatorToken, member);
            if (id.isPresent()) {
                seeded++;
                if (member == DemoMembers.BOUND_TO_MEMBER_CLIENT) {
                    boundMemberId = id.get();
                }
            }
        }
        ledger.markSeeded("members", seeded, boundMemberId);
        log.info("demo data: {} demo members registered through POST {}/members; {} is bound to member {}", seeded,
                membersUrl, DemoClients.MEMBER.clientId(), boundMemberId);
    }

    /** The member's id; an organisation registered by an interrupted earlier seeding (409) is looked up by KvK number. */
    private Optional<String> register(String membersUrl, String token, DemoMember member) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(membersUrl + "/members"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(member.requestBody())))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() == 409) {
            log.warn("demo data: {} is already registered (an earlier seeding was interrupted), kept as it is",
                    member.legalName());
            return findByKvk(membersUrl, token, member.kvkNumber());
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("seeding demo member " + member.legalName() + " failed: "
                    + response.statusCode() + " " + response.body());
        }
        return Optional.of(idOf(response));
    }

    private Optional<String> findByKvk(String membersUrl, String token, String kvkNumber) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(membersUrl + "/members?kvkNumber=" + kvkNumber))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("looking up KvK " + kvkNumber + " failed: " + response.statusCode() + " "
                    + response.body());
        }
        JsonNode items = JSON.readTree(response.body()).get("items");
        return items == null || items.isEmpty() ? Optional.empty() : Optional.of(items.get(0).get("id").asString());
    }

    private static String idOf(HttpResponse<String> response) {
        Optional<String> location = response.headers().firstValue("Location");
        if (!response.body().isBlank()) {
            JsonNode id = JSON.readTree(response.body()).get("id");
            if (id != null && !id.isNull()) {
                return id.asString();
            }
        }
        return location.map(l -> l.substring(l.lastIndexOf('/') + 1))
                .orElseThrow(() -> new IllegalStateException("POST /members answered without an id or Location"));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
