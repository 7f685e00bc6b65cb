package nl.talentcharter.servicekit.health;

import static org.assertj.core.api.Assertions.assertThat;

import nl.talentcharter.servicekit.ServiceKitTestSupport;
import nl.talentcharter.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class HealthMetricsAndApiDocsIntegrationTest extends ServiceKitTestSupport {

    @Test
    void readinessIsUpAndCoversTheStoreAndTheBroker() {
        Reply reply = get("/actuator/health/readiness", null);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode health = reply.json();
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("mongo").path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("kafka").path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("readinessState").path("status").asString()).isEqualTo("UP");
    }

    @Test
    void livenessDoesNotDependOnTheInfrastructure() {
        JsonNode health = get("/actuator/health/liveness", null).json();

        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").propertyNames()).containsExactly("livenessState");
    }

    @Test
    void detailsAreForOperatorsOnly() {
        assertThat(get("/actuator/health/readiness", null).json().path("components").path("kafka").has("details"))
                .isFalse();
        JsonNode kafka = get("/actuator/health/readiness", TestTokens.operator()).json()
                .path("components").path("kafka");
        assertThat(kafka.path("details").path("brokers").asInt()).isPositive();
    }

    @Test
    void prometheusAnswersWithoutTokenAndTagsTheApplication() {
        Reply reply = send("GET", "/actuator/prometheus", null, null, null, "text/plain");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("jvm_memory_used_bytes").contains("application=\"sample-service\"");
    }

    @Test
    void otherActuatorEndpointsAreNotExposed() {
        assertThat(get("/actuator/env", TestTokens.operator()).status()).isEqualTo(404);
    }

    @Test
    void apiDocsRequireTheBearerSchemeEverywhere() {
        Reply reply = get("/v3/api-docs", null);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode docs = reply.json();
        assertThat(docs.path("info").path("title").asString()).isEqualTo("sample-service");
        JsonNode scheme = docs.path("components").path("securitySchemes").path("bearer-jwt");
        assertThat(scheme.path("type").asString()).isEqualTo("http");
        assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
        assertThat(scheme.path("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(docs.path("security").get(0).has("bearer-jwt")).isTrue();
        assertThat(docs.path("paths").has("/members/{memberId}/profile")).isTrue();
    }

    @Test
    void swaggerUiIsServed() {
        Reply reply = send("GET", "/swagger-ui/index.html", null, null, null, "text/html");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).containsIgnoringCase("swagger");
    }

    @Test
    void theSwaggerUiEntryPointAnswersWithoutAToken() {
        Reply reply = send("GET", "/swagger-ui.html", null, null, null, "text/html");

        // springdoc redirects the classic entry point to the UI; it must not demand a token
        assertThat(reply.status()).isIn(200, 302);
    }
}
