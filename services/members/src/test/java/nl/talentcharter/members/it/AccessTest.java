package nl.talentcharter.members.it;

import static org.assertj.core.api.Assertions.assertThat;

import nl.talentcharter.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Who may do what (ADR 0042): operators everything; a member user only its own organisation (403 for
 * any other, existing or not); viewers organisation data but never contacts; partners nothing here.
 */
class AccessTest extends MembersIntegrationTest {

    @Test
    void anonymous_and_invalid_tokens_get_401() {
        assertThat(get("/members", null).problem(401).get("type").asString()).endsWith("/unauthenticated");
        post("/members", null, employerJson(freshKvk())).problem(401);
        get("/members", TestTokens.expired()).problem(401);
        get("/members", TestTokens.forged()).problem(401);
    }

    @Test
    void only_operators_register_and_move_the_lifecycle() {
        String id = registerMember(freshKvk());
        post("/members", TestTokens.viewer(), employerJson(freshKvk())).problem(403);
        post("/members", TestTokens.member(id), employerJson(freshKvk())).problem(403);
        post("/members", TestTokens.partner("uwv", "members.read"), employerJson(freshKvk())).problem(403);
        post("/members/" + id + "/suspend", TestTokens.member(id), "{\"reason\": \"x\"}").problem(403);
        post("/members/" + id + "/suspend", TestTokens.viewer(), "{\"reason\": \"x\"}").problem(403);
        assertThat(get("/members/" + id, TestTokens.operator()).json().get("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void partners_and_roleless_tokens_get_nothing_here() {
        String id = registerMember(freshKvk());
        get("/members/" + id, TestTokens.partner("uwv", "members.read")).problem(403);
        get("/members", TestTokens.partner("uwv", "members.read")).problem(403);
        get("/members/" + id, TestTokens.withoutRoles()).problem(403);
    }

    @Test
    void a_member_user_reads_and_edits_its_own_organisation_only() {
        String a = registerMember(freshKvk());
        String b = registerMember(freshKvk());
        String userOfA = TestTokens.member(a);

        assertThat(get("/members/" + a, userOfA).status()).isEqualTo(200);
        assertThat(get("/members/" + b, userOfA).problem(403).get("type").asString()).endsWith("/access-denied");
        get("/members/" + java.util.UUID.randomUUID(), userOfA).problem(403);
        send("PATCH", "/members/" + b, userOfA, "application/json", "{\"employees\": 1}").problem(403);
        get("/members/" + b + "/contacts", userOfA).problem(403);
        post("/members/" + b + "/contacts", userOfA, "{\"name\": \"X\", \"email\": \"x@example.nl\"}").problem(403);
        get("/members/" + b + "/history", userOfA).problem(403);
        get("/members", userOfA).problem(403);
        assertThat(get("/members/" + b, TestTokens.operator()).json().get("employees").asInt()).isEqualTo(120);
    }

    @Test
    void a_member_user_cannot_change_its_front_runner_flag_or_kvk_number() {
        String a = registerMember(freshKvk());
        var problem = send("PATCH", "/members/" + a, TestTokens.member(a), "application/merge-patch+json",
                "{\"frontRunner\": true, \"employees\": 5}").problem(403);
        assertThat(problem.get("fields").toString()).isEqualTo("[\"frontRunner\"]");
        send("PATCH", "/members/" + a, TestTokens.member(a), "application/json",
                "{\"kvkNumber\": \"" + freshKvk() + "\"}").problem(403);
        var member = get("/members/" + a, TestTokens.operator()).json();
        assertThat(member.get("frontRunner").asBoolean()).isFalse();
        assertThat(member.get("employees").asInt()).isEqualTo(120);
        var byOperator = send("PATCH", "/members/" + a, TestTokens.operator(), "application/merge-patch+json",
                "{\"frontRunner\": true}");
        assertThat(byOperator.json().get("frontRunner").asBoolean()).isTrue();
    }

    @Test
    void viewers_read_organisations_but_never_contacts() {
        String id = registerMember(freshKvk());
        var contact = post("/members/" + id + "/contacts", TestTokens.operator(),
                "{\"name\": \"Bram Peeters\", \"email\": \"bram@example.nl\"}");
        assertThat(contact.status()).isEqualTo(201);
        String viewer = TestTokens.viewer();

        var member = get("/members/" + id, viewer);
        assertThat(member.status()).isEqualTo(200);
        assertThat(member.body()).doesNotContain("Bram").doesNotContain("example.nl");
        assertThat(get("/members?size=200", viewer).body()).doesNotContain("Bram");
        get("/members/" + id + "/contacts", viewer).problem(403);
        get("/members/" + id + "/contacts/" + contact.json().get("id").asString(), viewer).problem(403);
        send("PATCH", "/members/" + id, viewer, "application/json", "{\"employees\": 1}").problem(403);
        assertThat(get("/members/" + id + "/history", viewer).body()).doesNotContain("Bram");
    }
}
