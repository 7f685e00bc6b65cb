package nl.talentcharter.servicekit.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.talentcharter.servicekit.ServiceKitTestSupport;
import nl.talentcharter.testkit.TestInfrastructure;
import nl.talentcharter.testkit.TestTokens;
import nl.talentcharter.testkit.TopicReader;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIntegrationTest extends ServiceKitTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void logLinesAreJsonAndCarryTheIncomingTraceId(CapturedOutput output) {
        String traceId = randomHex(16);
        String memberId = "member-" + UUID.randomUUID().toString().substring(0, 8);

        Reply reply = sendWithTraceparent("GET", "/members/" + memberId + "/profile", traceId, null, null);
        assertThat(reply.status()).isEqualTo(200);

        String line = Arrays.stream(output.getOut().split("\\R"))
                .filter(l -> l.contains("Profile of " + memberId)).findFirst().orElseThrow();
        JsonNode json = JSON.readTree(line);
        assertThat(json.path("message").asString()).isEqualTo("Profile of " + memberId + " read by olga");
        assertThat(json.path("log").path("level").asString()).isEqualTo("INFO");
        assertThat(json.path("service").path("name").asString()).isEqualTo("sample-service");
        assertThat(traceIdOf(json)).isEqualTo(traceId);
    }

    @Test
    void recordsPublishedDuringARequestCarryItsTraceparent() {
        String traceId = randomHex(16);
        String topic = "service-kit.signals." + UUID.randomUUID();
        TopicReader.ensureTopic(TestInfrastructure.get().kafkaBootstrapServers(), topic, 1);
        try (TopicReader reader = TopicReader.startingNow(TestInfrastructure.get().kafkaBootstrapServers(), topic)) {
            Reply reply = sendWithTraceparent("POST", "/signals/" + topic, traceId, "text/plain", "ping");
            assertThat(reply.status()).as(reply.body()).isEqualTo(202);

            var record = reader.await(r -> "signal".equals(r.key()), Duration.ofSeconds(30));
            Header traceparent = record.headers().lastHeader("traceparent");
            assertThat(traceparent).as("traceparent header").isNotNull();
            String value = new String(traceparent.value(), StandardCharsets.UTF_8);
            assertThat(value).matches("00-" + traceId + "-[0-9a-f]{16}-0[01]");
        }
    }

    private Reply sendWithTraceparent(String method, String path, String traceId, String contentType, String body) {
        return sendWithHeaders(method, path, TestTokens.token("olga", java.util.List.of("operator"), null, null),
                contentType, body, "traceparent", "00-" + traceId + "-" + randomHex(8) + "-01");
    }

    /** Boot's ECS formatter writes the MDC entries (Micrometer Tracing's traceId) as top-level members. */
    private static String traceIdOf(JsonNode json) {
        return json.path("traceId").asString();
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
