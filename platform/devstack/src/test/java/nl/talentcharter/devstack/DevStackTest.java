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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.talentcharter.contracts.Topics;
import nl.talentcharter.devstack.issuer.DemoClients;
import nl.talentcharter.devstack.issuer.TokenClient;
import nl.talentcharter.devstack.seed.DemoMember;
import nl.talentcharter.devstack.seed.DemoMembers;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

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
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RESTART_TOPIC = "devstack.restart-check";
    private DevStackSettings settings;
    private DevStack stack;
    private TokenClient tokens;

    @BeforeAll
    void start() {
        // a few dozen demo HR scans prove the seeding; the default 250 adds most of a minute (ADR 0063)
        System.setProperty("devstack.demo-hr-scans", "42");
        settings = DevStackSettings.onFreePorts(home);
        stack = new DevStack(settings).start();
        tokens = new TokenClient(settings.issuerUrl());
    }

    @AfterAll
    void stop() {
        System.clearProperty("devstack.demo-hr-scans");
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
    @Order(4)
    void theMembersServiceAcceptsTheIssuersTokensByRole() throws Exception {
        assertThat(get("/members", tokens.accessToken(DemoClients.OPERATOR)).statusCode()).isEqualTo(200);
        assertThat(get("/members", tokens.accessToken(DemoClients.VIEWER)).statusCode()).isEqualTo(200);
        assertThat(get("/members", null).statusCode()).isEqualTo(401);
        assertThat(get("/members", tokens.accessToken(DemoClients.PARTNER)).statusCode()).isEqualTo(403);
    }

    @Test
    @Order(5)
    void theMemberClientIsBoundToTheSeededDemoMember() throws Exception {
        SignedJWT member = SignedJWT.parse(tokens.accessToken(DemoClients.MEMBER));
        String memberId = member.getJWTClaimsSet().getStringClaim("member_id");
        assertThat(member.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("member");

        HttpResponse<String> own = get("/members/" + memberId, member.serialize());
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(own.body()).get("legalName").asString())
                .isEqualTo(DemoMembers.BOUND_TO_MEMBER_CLIENT.legalName());
        String otherId = idOfKvk(DemoMembers.ALL.get(1).kvkNumber());
        assertThat(get("/members/" + otherId, member.serialize()).statusCode()).isEqualTo(403);
    }

    @Test
    @Order(6)
    void theDemoMembersAreSeeded() throws Exception {
        assertThat(seededKvkNumbers()).containsExactlyInAnyOrderElementsOf(
                DemoMembers.ALL.stream().map(DemoMember::kvkNumber).toList());
    }

    @Test
    @Order(7)
    void theSeededMembersJoinedOnTheRealBroker() {
        assertThat(joinedMembers()).hasSize(DemoMembers.ALL.size()).doesNotHaveDuplicates();
    }

    @Test
    @Order(9)
    void afterARestartEverythingIsStillThereOnceAndOldTokensStillWork() throws Exception {
        String tokenFromBefore = tokens.accessToken(DemoClients.OPERATOR);
        String boundBefore = SignedJWT.parse(tokens.accessToken(DemoClients.MEMBER)).getJWTClaimsSet()
                .getStringClaim("member_id");
        String record = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(RESTART_TOPIC, record, record)).get(30, TimeUnit.SECONDS);
        }

        stack.close();
        stack = new DevStack(settings).start();

        assertThat(get("/members", tokenFromBefore).statusCode()).isEqualTo(200);
        assertThat(seededKvkNumbers()).hasSize(DemoMembers.ALL.size());
        assertThat(SignedJWT.parse(tokens.accessToken(DemoClients.MEMBER)).getJWTClaimsSet()
                .getStringClaim("member_id")).isEqualTo(boundBefore);
        assertThat(stack.services()).allSatisfy(s -> assertThat(Readiness.isUp(s.url())).as(s.name()).isTrue());
        assertThat(values(RESTART_TOPIC)).contains(record);
        assertThat(joinedMembers()).as("MemberJoined events kept by the broker, none republished").hasSize(DemoMembers.ALL.size())
                .doesNotHaveDuplicates();
    }

    private List<String> seededKvkNumbers() throws Exception {
        HttpResponse<String> page = get("/members?size=200", tokens.accessToken(DemoClients.OPERATOR));
        assertThat(page.statusCode()).isEqualTo(200);
        List<String> kvk = new ArrayList<>();
        JSON.readTree(page.body()).get("items").forEach(item -> kvk.add(item.get("kvkNumber").asString()));
        return kvk;
    }

    private String idOfKvk(String kvkNumber) throws Exception {
        HttpResponse<String> page = get("/members?kvkNumber=" + kvkNumber, tokens.accessToken(DemoClients.OPERATOR));
        return JSON.readTree(page.body()).get("items").get(0).get("id").asString();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        String members = settings.serviceUrl(ServiceCatalog.named("members").orElseThrow());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(members + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Records of {@code topic} from the beginning, polled until there are at least {@code atLeast} or 60 s passed. */
    private List<ConsumerRecord<String, String>> records(String topic, int atLeast) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.GROUP_ID_CONFIG, "devstack-test-" + UUID.randomUUID()),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (records.size() < atLeast && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            return records;
        }
    }

    private List<String> values(String topic) {
        return records(topic, 1).stream().map(ConsumerRecord::value).toList();
    }

    /** The aggregate ids (record keys) of the MemberJoined events on the members topic. */
    private List<String> joinedMembers() {
        return records(Topics.MEMBERS, DemoMembers.ALL.size()).stream()
                .filter(r -> r.headers().lastHeader("ce_type") != null && new String(
                        r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8).contains(".member-joined."))
                .map(ConsumerRecord::key).toList();
    }
}

