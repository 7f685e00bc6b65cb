package nl.talentcharter.events.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.talentcharter.testkit.ServiceHttp.Reply;
import nl.talentcharter.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/** Operators manage; members register their own contacts and see their own registrations; guests only open events. */
class AccessTest extends EventsIntegrationTest {

    @Test
    void onlyOperatorsSchedule() {
        String body = labourMarketEvent(10, null);
        post("/events", null, body).isProblem(401, "unauthenticated");
        post("/events", TestTokens.viewer(), body).isProblem(403, "access-denied");
        post("/events", TestTokens.member("m-1"), body).isProblem(403, "access-denied");
        post("/events", TestTokens.partner("uwv", "events"), body).isProblem(403, "access-denied");
    }

    @Test
    void aMemberRegistersItsOwnContactsAndSeesOnlyItsOwnRegistrations() {
        String id = schedule(labourMarketEvent(10, null));
        String mine = "m-" + UUID.randomUUID();
        String other = "m-" + UUID.randomUUID();
        registerContact(id, other, "c-other");

        Reply own = post("/events/" + id + "/registrations", TestTokens.member(mine), "{\"contactId\": \"c-mine\"}");
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        assertThat(own.json().get("memberId").asString()).isEqualTo(mine);
        post("/events/" + id + "/registrations", TestTokens.member(mine),
                "{\"memberId\": \"" + other + "\", \"contactId\": \"c-x\"}").isProblem(403, "access-denied");

        Reply seen = get("/events/" + id + "/registrations", TestTokens.member(mine));
        assertThat(seen.json().size()).isEqualTo(1);
        assertThat(seen.json().get(0).get("memberId").asString()).isEqualTo(mine);

        String othersRegistration = get("/events/" + id + "/registrations", TestTokens.operator()).json().valueStream()
                .filter(r -> other.equals(r.path("memberId").asString())).findFirst().orElseThrow().get("id").asString();
        post("/events/" + id + "/registrations/" + othersRegistration + "/cancel", TestTokens.member(mine), null)
                .isProblem(403, "access-denied");
        post("/events/" + id + "/check-ins", TestTokens.member(mine), "{\"registrationId\": \"" + othersRegistration + "\"}")
                .isProblem(403, "access-denied");
        get("/events/" + id + "/registrations", TestTokens.viewer()).isProblem(403, "access-denied");
    }

    @Test
    void guestsCannotRegisterForAMembersOnlyEvent() {
        String id = schedule(labourMarketEvent(10, null).replace("\"OPEN\"", "\"MEMBERS_ONLY\""));
        registerGuest(id, "10.3.0.1", "guest@example.org").isProblem(403, "members-only");
    }

    @Test
    void guestRegistrationIsRateLimitedPerClientAddress() {
        String id = schedule(labourMarketEvent(null, null));
        for (int i = 0; i < 5; i++) {
            assertThat(registerGuest(id, "10.3.0.2", "g" + i + "@example.org").status()).isEqualTo(201);
        }
        registerGuest(id, "10.3.0.2", "g5@example.org").isProblem(429, "too-many-requests");
        assertThat(registerGuest(id, "10.3.0.3", "g6@example.org").status()).as("another address").isEqualTo(201);
        assertThat(get("/events/" + id, TestTokens.operator()).json().get("confirmed").asInt()).isEqualTo(6);
    }
}
