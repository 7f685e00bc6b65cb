package nl.talentcharter.servicekit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.talentcharter.servicekit.ServiceKitTestSupport;
import nl.talentcharter.testkit.TestTokens;
import org.junit.jupiter.api.Test;

class SecurityIntegrationTest extends ServiceKitTestSupport {

    private final String memberA = "member-a-" + UUID.randomUUID().toString().substring(0, 8);
    private final String memberB = "member-b-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anonymousGets401ProblemWithBearerChallenge() {
        Reply reply = get("/members/" + memberA + "/profile", null);

        reply.assertProblem(401, "unauthenticated", "/members/" + memberA + "/profile");
        assertThat(reply.header("WWW-Authenticate")).get().asString().startsWith("Bearer");
    }

    @Test
    void expiredTokenGets401InvalidToken() {
        Reply reply = get("/members/" + memberA + "/profile", TestTokens.expired());

        reply.assertProblem(401, "invalid-token", "/members/" + memberA + "/profile");
        assertThat(reply.header("WWW-Authenticate")).get().asString().contains("invalid_token");
    }

    @Test
    void forgedTokenGets401InvalidToken() {
        Reply reply = get("/members/" + memberA + "/profile", TestTokens.forged());

        reply.assertProblem(401, "invalid-token", "/members/" + memberA + "/profile");
        assertThat(reply.header("WWW-Authenticate")).get().asString().contains("invalid_token");
    }

    @Test
    void memberReadsItsOwnResource() {
        Reply reply = get("/members/" + memberA + "/profile", TestTokens.member(memberA));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("memberId").asString()).isEqualTo(memberA);
    }

    @Test
    void memberCannotReadAnotherMembersResource() {
        Reply reply = get("/members/" + memberB + "/profile", TestTokens.member(memberA));

        reply.assertProblem(403, "access-denied", "/members/" + memberB + "/profile");
    }

    @Test
    void operatorReadsAnyMember() {
        assertThat(get("/members/" + memberB + "/profile", TestTokens.operator()).status()).isEqualTo(200);
    }

    @Test
    void wrongRoleForAMethodGets403() {
        Reply reply = postJson("/pledges", TestTokens.viewer(), "{\"memberId\":\"" + memberA + "\",\"places\":3}");

        reply.assertProblem(403, "access-denied", "/pledges");
    }

    @Test
    void memberPledgesForItself() {
        Reply reply = postJson("/pledges", TestTokens.member(memberA), "{\"memberId\":\"" + memberA + "\",\"places\":3}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().path("places").asInt()).isEqualTo(3);
    }

    @Test
    void adminPathsAreForOperatorsOnly() {
        get("/admin/stats", TestTokens.member(memberA)).assertProblem(403, "access-denied", "/admin/stats");
        assertThat(get("/admin/stats", TestTokens.operator()).status()).isEqualTo(200);
    }

    @Test
    void aTokenWithoutAnyRoleIsAuthorisedForNothing() {
        get("/search?limit=3", TestTokens.withoutRoles()).assertProblem(403, "access-denied", "/search");
    }

    @Test
    void partnerCannotReachMemberResources() {
        get("/members/" + memberA + "/profile", TestTokens.partner("crm-1", "members:read"))
                .assertProblem(403, "access-denied", "/members/" + memberA + "/profile");
    }

    @Test
    void noSessionIsCreated() {
        Reply reply = get("/members/" + memberA + "/profile", TestTokens.member(memberA));

        assertThat(reply.header("Set-Cookie")).isEmpty();
    }
}
