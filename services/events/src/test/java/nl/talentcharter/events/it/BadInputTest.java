package nl.talentcharter.events.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import nl.talentcharter.testkit.ServiceHttp.Reply;
import nl.talentcharter.testkit.TestTokens;
import nl.talentcharter.testkit.TopicReader;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Bad input gets a 4xx problem, changes nothing and publishes nothing. */
class BadInputTest extends EventsIntegrationTest {

    static final String MEMBER = "m-" + UUID.randomUUID();

    @Test
    void aMeetingWithoutADateIsRefusedAndNothingIsStored() {
        long before = mongo.getCollection("gatherings").countDocuments();
        Reply response = post("/events", TestTokens.operator(), """
                {"kind": "EDUCATION_GOVERNANCE_MEETING", "title": "Bestuurlijk overleg onderwijs",
                 "startTime": "10:00", "endTime": "12:00", "placeName": "Maastricht", "audience": "MEMBERS_ONLY"}
                """).isProblem(400, "validation-failed");
        assertThat(response.json().path("errors").toString()).contains("date");
        assertThat(mongo.getCollection("gatherings").countDocuments()).isEqualTo(before);
    }

    @Test
    void anEndBeforeTheStartOrNeitherPlaceNorLinkIsAFieldError() {
        post("/events", TestTokens.operator(), labourMarketEvent(10, null).replace("\"17:30\"", "\"13:00\""))
                .isProblem(400, "validation-failed");
        post("/events", TestTokens.operator(), labourMarketEvent(10, null).replace("\"placeName\": \"Venlo\",", ""))
                .isProblem(400, "validation-failed");
        post("/events", TestTokens.operator(), labourMarketEvent(0, null)).isProblem(400, "validation-failed");
    }

    @Test
    void registeringBeforeTheWindowOpensIsRefusedAndPublishesNothing() {
        String opens = LocalDateTime.now().plusDays(10).withNano(0).toString();
        String id = schedule(labourMarketEvent(10, "\"registrationOpensAt\": \"" + opens + "\""));
        try (TopicReader topic = eventsTopic()) {
            registerContact(id, MEMBER, "c-early").isProblem(409, "registration-not-open");
            assertThat(topic.drain(DRAIN_WINDOW)).noneMatch(r -> id.equals(r.key()));
        }
        assertThat(rawGathering(id).get("gathering", Document.class).getList("registrations", Document.class)).isEmpty();
    }

    @Test
    void registeringForACancelledEventIsRefused() {
        String id = schedule(labourMarketEvent(10, null));
        assertThat(post("/events/" + id + "/cancel", TestTokens.operator(), "{\"reason\": \"venue unavailable\"}")
                .status()).isEqualTo(200);
        registerContact(id, MEMBER, "c-late").isProblem(409, "event-cancelled");
        post("/events/" + id + "/cancel", TestTokens.operator(), "{\"reason\": \"again\"}").isProblem(409, "event-cancelled");
    }

    @Test
    void aFullEventWithoutWaitlistRefusesTheNextRegistration() {
        String id = schedule(labourMarketEvent(1, "\"waitlist\": false"));
        assertThat(registerContact(id, MEMBER, "c-a").status()).isEqualTo(201);
        registerContact(id, MEMBER, "c-b").isProblem(409, "event-full");
        assertThat(get("/events/" + id, TestTokens.operator()).json().get("waitlisted").asInt()).isZero();
    }

    @Test
    void registeringTwiceIsOneRegistration() {
        String id = schedule(labourMarketEvent(10, null));
        assertThat(registerContact(id, MEMBER, "c-twice").status()).isEqualTo(201);
        registerContact(id, MEMBER, "c-twice").isProblem(409, "already-registered");
        assertThat(registerGuest(id, "10.2.0.1", "twice@example.org").status()).isEqualTo(201);
        registerGuest(id, "10.2.0.1", "TWICE@example.org").isProblem(409, "already-registered");
        assertThat(get("/events/" + id, TestTokens.operator()).json().get("confirmed").asInt()).isEqualTo(2);
    }

    @Test
    void checkingInWithoutARegistrationOrWhileWaitlistedIsRefused() {
        String id = schedule(labourMarketEvent(1, null));
        registerContact(id, MEMBER, "c-seat");
        String waitlisted = registerContact(id, MEMBER, "c-wait").json().get("id").asString();
        post("/events/" + id + "/check-ins", TestTokens.operator(), "{\"registrationId\": \"" + UUID.randomUUID() + "\"}")
                .isProblem(404, "registration-not-found");
        post("/events/" + id + "/check-ins", TestTokens.operator(), "{\"registrationId\": \"" + waitlisted + "\"}")
                .isProblem(409, "not-confirmed");
        post("/events/" + id + "/no-shows", TestTokens.operator(), null).isProblem(409, "not-started");
    }

    @Test
    void unknownOrMalformedEventIdsAreNotFound() {
        get("/events/" + UUID.randomUUID(), TestTokens.operator()).isProblem(404, "event-not-found");
        get("/events/not-a-uuid", TestTokens.operator()).isProblem(404, "event-not-found");
        registerContact("not-a-uuid", MEMBER, "c").isProblem(404, "event-not-found");
    }

    @Test
    void aGuestWithoutConsentOrWithABadAddressIsRefused() {
        String id = schedule(labourMarketEvent(10, null));
        send("POST", "/public/events/" + id + "/registrations", null, "application/json",
                "{\"name\": \"A\", \"email\": \"a@example.org\", \"consent\": false}", Map.of("X-Forwarded-For", "10.2.0.2"))
                .isProblem(400, "validation-failed");
        send("POST", "/public/events/" + id + "/registrations", null, "application/json",
                "{\"name\": \"A\", \"email\": \"not-an-address\", \"consent\": true}", Map.of("X-Forwarded-For", "10.2.0.2"))
                .isProblem(400, "validation-failed");
        assertThat(get("/events/" + id, TestTokens.operator()).json().get("confirmed").asInt()).isZero();
    }
}
