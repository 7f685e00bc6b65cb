package nl.talentcharter.members.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import nl.talentcharter.testkit.TestTokens;
import nl.talentcharter.testkit.TopicReader;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every bad request gets a 4xx problem detail, and neither the store nor the topic changes: the
 * member's document (state, version and outbox) stays byte for byte the same, the number of members
 * stays the same, and nothing arrives on the topic within the drain window.
 */
class BadInputTest extends MembersIntegrationTest {

    @Test
    void invalid_kvk_number() {
        JsonNode problem = rejectedCreate(employerJson("1234567"), 400);
        assertThat(problem.get("type").asString()).endsWith("/validation-failed");
        assertThat(problem.get("errors").toString()).contains("kvkNumber");
    }

    @Test
    void duplicate_kvk_number_names_the_member_that_has_it() {
        String kvk = freshKvk();
        String existing = registerMember(kvk);
        JsonNode problem = unchanged(existing, () -> post("/members", TestTokens.operator(), employerJson(kvk))
                .problem(409));
        assertThat(problem.get("type").asString()).endsWith("/kvk-number-taken");
        assertThat(problem.get("existingMemberId").asString()).isEqualTo(existing);
    }

    @Test
    void changing_a_kvk_number_to_one_another_member_has_is_a_conflict() {
        String taken = freshKvk();
        registerMember(taken);
        String other = registerMember(freshKvk());
        JsonNode problem = unchanged(other, () -> send("PATCH", "/members/" + other, TestTokens.operator(),
                "application/merge-patch+json", "{\"kvkNumber\": \"" + taken + "\"}").problem(409));
        assertThat(problem.get("type").asString()).endsWith("/kvk-number-taken");
    }

    @Test
    void unknown_municipality() {
        JsonNode problem = rejectedCreate(employerJson(freshKvk()).replace("Venlo", "Eindhoven"), 400);
        assertThat(problem.get("errors").toString()).contains("location.municipality");
    }

    @Test
    void education_level_for_an_employer() {
        rejectedCreate(employerJson(freshKvk()).replace("\"kind\": \"EMPLOYER\"",
                "\"kind\": \"EMPLOYER\", \"educationLevel\": \"HBO\""), 400);
    }

    @Test
    void missing_fields() {
        JsonNode problem = rejectedCreate("{\"legalName\": \"X\"}", 400);
        assertThat(problem.get("errors").toString()).contains("kvkNumber", "kind", "sector", "employees",
                "location");
    }

    @Test
    void malformed_json() {
        rejectedCreate("{\"legalName\": ", 400);
    }

    @Test
    void unknown_property_is_not_dropped_silently() {
        JsonNode problem = rejectedCreate(employerJson(freshKvk()).replace("\"employees\"", "\"employes\": 5, \"employees\""),
                400);
        assertThat(problem.get("type").asString()).endsWith("/malformed-request");
    }

    @Test
    void unknown_enum_value() {
        rejectedCreate(employerJson(freshKvk()).replace("TECHNOLOGY_AND_MANUFACTURING", "MINING"), 400);
    }

    @Test
    void wrong_content_type() {
        long before = memberCount();
        long started = System.currentTimeMillis();
        try (TopicReader topic = membersTopic()) {
            send("POST", "/members", TestTokens.operator(), "text/plain", employerJson(freshKvk())).problem(415);
            assertThat(publishedSince(topic, started)).isEmpty();
        }
        assertThat(memberCount()).isEqualTo(before);
    }

    @Test
    void illegal_transition() {
        String id = registerMember(freshKvk());
        JsonNode problem = unchanged(id, () -> post("/members/" + id + "/reinstate", TestTokens.operator(), null)
                .problem(409));
        assertThat(problem.get("type").asString()).endsWith("/illegal-transition");
        assertThat(problem.get("currentStatus").asString()).isEqualTo("ACTIVE");
        assertThat(problem.get("action").asString()).isEqualTo("REINSTATE");
        unchanged(id, () -> post("/members/" + id + "/approve", TestTokens.operator(), null).problem(409));
    }

    @Test
    void suspending_without_a_reason() {
        String id = registerMember(freshKvk());
        unchanged(id, () -> post("/members/" + id + "/suspend", TestTokens.operator(), "{}").problem(400));
    }

    @Test
    void patching_the_status_or_an_unknown_field() {
        String id = registerMember(freshKvk());
        unchanged(id, () -> send("PATCH", "/members/" + id, TestTokens.operator(), "application/merge-patch+json",
                "{\"status\": \"ENDED\"}").problem(400));
        unchanged(id, () -> send("PATCH", "/members/" + id, TestTokens.operator(), "application/merge-patch+json",
                "{\"employees\": -3}").problem(400));
        unchanged(id, () -> send("PATCH", "/members/" + id, TestTokens.operator(), "application/merge-patch+json",
                "{\"location\": {\"municipality\": \"Utrecht\"}}").problem(400));
    }

    @Test
    void invalid_contact_email() {
        String id = registerMember(freshKvk());
        JsonNode problem = unchanged(id, () -> post("/members/" + id + "/contacts", TestTokens.operator(),
                "{\"name\": \"Bram\", \"email\": \"not-an-email\"}").problem(400));
        assertThat(problem.get("errors").toString()).contains("email");
    }

    @Test
    void unknown_member() {
        long before = memberCount();
        long started = System.currentTimeMillis();
        try (TopicReader topic = membersTopic()) {
            String nobody = UUID.randomUUID().toString();
            assertThat(get("/members/" + nobody, TestTokens.operator()).problem(404).get("type").asString())
                    .endsWith("/member-not-found");
            post("/members/" + nobody + "/suspend", TestTokens.operator(), "{\"reason\": \"x\"}").problem(404);
            send("PATCH", "/members/" + nobody, TestTokens.operator(), "application/json", "{\"employees\": 1}")
                    .problem(404);
            post("/members/" + nobody + "/contacts", TestTokens.operator(),
                    "{\"name\": \"Bram\", \"email\": \"bram@example.nl\"}").problem(404);
            get("/members/not-a-uuid", TestTokens.operator()).problem(404);
            assertThat(publishedSince(topic, started)).isEmpty();
        }
        assertThat(memberCount()).isEqualTo(before);
    }

    @Test
    void unknown_contact() {
        String id = registerMember(freshKvk());
        unchanged(id, () -> send("DELETE", "/members/" + id + "/contacts/" + UUID.randomUUID(),
                TestTokens.operator(), null, null).problem(404));
    }

    private JsonNode rejectedCreate(String body, int status) {
        long before = memberCount();
        JsonNode problem;
        long started = System.currentTimeMillis();
        try (TopicReader topic = membersTopic()) {
            problem = post("/members", TestTokens.operator(), body).problem(status);
            assertThat(publishedSince(topic, started)).isEmpty();
        }
        assertThat(memberCount()).isEqualTo(before);
        return problem;
    }

    /** Runs a rejected request against an existing member and proves it changed and published nothing. */
    private <T> T unchanged(String memberId, Supplier<T> request) {
        // let the registration's own event go out first, so the outbox is settled before we compare
        awaitOutboxEmpty(memberId);
        Document before = rawMember(memberId);
        long count = memberCount();
        T result;
        long started = System.currentTimeMillis();
        try (TopicReader topic = membersTopic()) {
            result = request.get();
            assertThat(publishedSince(topic, started)).isEmpty();
        }
        assertThat(rawMember(memberId)).isEqualTo(before);
        assertThat(memberCount()).isEqualTo(count);
        return result;
    }

    private void awaitOutboxEmpty(String memberId) {
        await("outbox of " + memberId + " published").atMost(EVENT_TIMEOUT).until(() -> {
            Document outbox = rawMember(memberId).get("outbox", Document.class);
            return outbox == null || outbox.getList("entries", Object.class, List.of()).isEmpty();
        });
    }
}
