package nl.talentcharter.servicekit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.talentcharter.servicekit.ServiceKitTestSupport;
import nl.talentcharter.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ProblemDetailsIntegrationTest extends ServiceKitTestSupport {

    private final String operator = TestTokens.operator();

    @Test
    void invalidBodyListsTheFieldErrors() {
        Reply reply = postJson("/pledges", operator, "{\"memberId\":\"\",\"places\":0}");

        JsonNode problem = reply.assertProblem(400, "validation-failed", "/pledges");
        assertThat(problem.path("errors").valueStream().map(e -> e.path("field").asString()))
                .containsExactlyInAnyOrder("memberId", "places");
        assertThat(problem.path("errors").valueStream().map(e -> e.path("message").asString()))
                .allSatisfy(message -> assertThat(message).isNotBlank());
    }

    @Test
    void invalidPathVariableIsAValidationProblem() {
        JsonNode problem = get("/members/NO!/profile", operator).assertProblem(400, "validation-failed",
                "/members/NO!/profile");

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("memberId");
    }

    @Test
    void malformedJsonIs400() {
        Reply reply = postJson("/pledges", operator, "{\"memberId\": \"acme\", ");

        reply.assertProblem(400, "malformed-request", "/pledges");
        assertThat(reply.body()).doesNotContain("tools.jackson", "JsonParse");
    }

    @Test
    void unknownPathIs404() {
        get("/no/such/thing", operator).assertProblem(404, "not-found", "/no/such/thing");
    }

    @Test
    void wrongMethodIs405WithAllow() {
        Reply reply = send("DELETE", "/pledges", operator, null, null, "application/json");

        reply.assertProblem(405, "method-not-allowed", "/pledges");
        assertThat(reply.header("Allow")).get().asString().contains("POST");
    }

    @Test
    void wrongContentTypeIs415() {
        send("POST", "/pledges", operator, "text/plain", "places=3", "application/json")
                .assertProblem(415, "unsupported-media-type", "/pledges");
    }

    @Test
    void unacceptableResponseTypeIs406() {
        send("GET", "/members/acme/profile", operator, null, null, "text/csv")
                .assertProblem(406, "not-acceptable", "/members/acme/profile");
    }

    @Test
    void missingParameterIs400() {
        get("/search", operator).assertProblem(400, "missing-parameter", "/search");
    }

    @Test
    void parameterOfTheWrongTypeIs400() {
        get("/search?limit=many", operator).assertProblem(400, "invalid-parameter", "/search");
    }

    @Test
    void duplicateKeyIs409() {
        String id = "note-" + UUID.randomUUID();
        assertThat(postJson("/notes", operator, "{\"id\":\"" + id + "\",\"text\":\"first\"}").status()).isEqualTo(201);

        Reply duplicate = postJson("/notes", operator, "{\"id\":\"" + id + "\",\"text\":\"second\"}");

        duplicate.assertProblem(409, "duplicate", "/notes");
        assertThat(duplicate.body()).doesNotContain("E11000", id);
    }

    @Test
    void staleVersionIs409() {
        String id = "note-" + UUID.randomUUID();
        JsonNode created = postJson("/notes", operator, "{\"id\":\"" + id + "\",\"text\":\"first\"}").json();
        long version = created.path("version").asLong();
        String update = "{\"text\":\"edit\",\"version\":" + version + "}";
        assertThat(send("PUT", "/notes/" + id, operator, "application/json", update, "application/json").status())
                .isEqualTo(200);

        send("PUT", "/notes/" + id, operator, "application/json", update, "application/json")
                .assertProblem(409, "concurrent-modification", "/notes/" + id);
    }

    @Test
    void problemExceptionKeepsItsTypeAndExtensions() {
        JsonNode problem = send("POST", "/members/acme/closure", operator, null, null, "application/json")
                .assertProblem(409, "member-has-open-pledges", "/members/acme/closure");

        assertThat(problem.path("title").asString()).isEqualTo("Member has open pledges");
        assertThat(problem.path("memberId").asString()).isEqualTo("acme");
    }

    @Test
    void errorsThatBypassTheAdviceAreProblemsToo() {
        Reply reply = get("/legacy-outage", operator);

        reply.assertProblem(503, "service-unavailable", "/legacy-outage");
        assertThat(reply.body()).doesNotContain("db-7");
    }

    @Test
    void unexpectedFailureIs500WithoutInternals() {
        Reply reply = get("/boom", operator);

        JsonNode problem = reply.assertProblem(500, "internal-error", "/boom");
        assertThat(reply.body()).doesNotContain("secret", "IllegalStateException", "mongodb://");
        assertThat(problem.path("traceId").asString()).matches("[0-9a-f]{32}");
    }
}
