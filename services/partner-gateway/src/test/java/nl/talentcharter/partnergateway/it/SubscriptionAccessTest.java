package nl.talentcharter.partnergateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import nl.talentcharter.testkit.ServiceHttp.Reply;
import nl.talentcharter.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/** Anonymous 401, wrong role 403, missing read scope 403, partner A cannot see B's subscriptions, operators see all. */
class SubscriptionAccessTest extends GatewayIntegrationTest {

    private static final String BODY = """
            {"eventTypes": ["nl.talentcharter.events.event-cancelled.v1"], "url": "https://hooks.example.org/talentcharter"}""";

    @Test
    void onlyPartnersWithTheReadScopeSubscribe() {
        post("/subscriptions", null, BODY).isProblem(401, "unauthenticated");
        post("/subscriptions", TestTokens.viewer(), BODY).isProblem(403, "access-denied");
        post("/subscriptions", TestTokens.member("m-1"), BODY).isProblem(403, "access-denied");
        post("/subscriptions", TestTokens.partner("uwv", "members.read"), BODY).isProblem(403, "access-denied");
        post("/subscriptions", TestTokens.partner("uwv", "events.read"),
                BODY.replace("events.event-cancelled", "partners.talent-referred")).isProblem(400, "validation-failed");
        post("/subscriptions", TestTokens.partner("uwv", "events.read"),
                BODY.replace("https://hooks.example.org/talentcharter", "ftp://hooks.example.org"))
                .isProblem(400, "validation-failed");
        post("/subscriptions", TestTokens.partner("uwv", "events.read"), BODY.replace("}", ", \"secret\": \"short\"}"))
                .isProblem(400, "validation-failed");
    }

    @Test
    void aPartnerSeesOnlyItsOwnSubscriptionsAndOperatorsSeeAll() {
        String a = TestTokens.partner("partner-a-" + newId().substring(0, 6), "events.read");
        String b = TestTokens.partner("partner-b-" + newId().substring(0, 6), "events.read");
        Reply created = post("/subscriptions", a, BODY);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("secret").asString()).as("a generated secret, shown once").hasSizeGreaterThan(30);
        String id = created.json().path("id").asString();

        assertThat(get("/subscriptions/" + id, a).json().has("secret")).isFalse();
        get("/subscriptions/" + id, b).isProblem(404, "subscription-not-found");
        get("/subscriptions/" + id + "/dead-letters", b).isProblem(404, "subscription-not-found");
        post("/subscriptions/" + id + "/redeliver", b, null).isProblem(404, "subscription-not-found");
        send("DELETE", "/subscriptions/" + id, b, null, null, java.util.Map.of()).isProblem(404, "subscription-not-found");
        assertThat(get("/subscriptions", b).json().valueStream().map(s -> s.path("id").asString())).doesNotContain(id);
        assertThat(get("/subscriptions", a).json().valueStream().map(s -> s.path("id").asString())).containsExactly(id);
        assertThat(get("/subscriptions", TestTokens.operator()).json().valueStream().map(s -> s.path("id").asString()))
                .contains(id);
        get("/subscriptions", TestTokens.viewer()).isProblem(403, "access-denied");

        assertThat(send("DELETE", "/subscriptions/" + id, a, null, null, java.util.Map.of()).status()).isEqualTo(204);
        get("/subscriptions/" + id, a).isProblem(404, "subscription-not-found");
    }
}
