package nl.talentcharter.events.it;

import static nl.talentcharter.testkit.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.talentcharter.contracts.events.EventsEvents;
import nl.talentcharter.testkit.ServiceHttp.Reply;
import nl.talentcharter.testkit.TestTokens;
import nl.talentcharter.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RegistrationFlowTest extends EventsIntegrationTest {

    static final String MEMBER = "m-" + UUID.randomUUID();

    @Test
    void schedulingPublishesEventScheduledWithAmsterdamTimesAsInstantsAndNoOnlineLink() {
        try (TopicReader topic = eventsTopic()) {
            String id = schedule(labourMarketEvent(80, "\"onlineLink\": \"https://meet.example/secret\""));

            ConsumerRecord<String, byte[]> record = topic.await(r -> id.equals(r.key()), EVENT_TIMEOUT);
            assertThat(typeOf(record)).isEqualTo(EventsEvents.EVENT_SCHEDULED.type());
            assertThat(header(record, "ce_source")).isEqualTo("/talentcharter/events");
            assertThat(header(record, "ce_subject")).isEqualTo(id);
            JsonNode payload = validPayload(record);
            assertThat(payload.path("capacity").asInt()).isEqualTo(80);
            assertThat(payload.path("online").asBoolean()).isTrue();
            assertThat(new String(record.value())).doesNotContain("meet.example");
            // 14:00 in Venlo is 12:00 or 13:00 UTC, depending on summer time
            assertThat(payload.path("startsAt").asString()).matches(".*T1[23]:00:00Z");
        }
    }

    @Test
    void registrationsBeyondCapacityAreWaitlistedAndPromotedInOrderWhenASeatComesFree() {
        String id = schedule(labourMarketEvent(2, null));
        try (TopicReader topic = eventsTopic()) {
            String first = registerContact(id, MEMBER, "c-1").json().get("id").asString();
            registerContact(id, MEMBER, "c-2");
            JsonNode third = registerContact(id, MEMBER, "c-3").json();
            JsonNode fourth = registerContact(id, MEMBER, "c-4").json();
            assertThat(third.get("status").asString()).isEqualTo("WAITLISTED");
            assertThat(third.get("waitlistPosition").asInt()).isEqualTo(1);
            assertThat(fourth.get("waitlistPosition").asInt()).isEqualTo(2);

            Reply cancelled = post("/events/" + id + "/registrations/" + first + "/cancel", TestTokens.operator(), null);
            assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);

            ConsumerRecord<String, byte[]> promoted = topic.await(
                    r -> id.equals(r.key()) && EventsEvents.WAITLIST_PROMOTED.type().equals(typeOf(r)), EVENT_TIMEOUT);
            assertThat(validPayload(promoted).path("registrationId").asString()).isEqualTo(third.get("id").asString());
            List<String> types = topic.awaitCount(r -> id.equals(r.key()), 6, EVENT_TIMEOUT).stream()
                    .map(EventsIntegrationTest::typeOf).toList();
            assertThat(topic.drain(DRAIN_WINDOW).stream().filter(r -> id.equals(r.key()))).hasSize(6);
            assertThat(types).containsExactly(EventsEvents.REGISTRATION_CONFIRMED.type(),
                    EventsEvents.REGISTRATION_CONFIRMED.type(), EventsEvents.REGISTRATION_WAITLISTED.type(),
                    EventsEvents.REGISTRATION_WAITLISTED.type(), EventsEvents.REGISTRATION_CANCELLED.type(),
                    EventsEvents.WAITLIST_PROMOTED.type());
        }
        JsonNode event = get("/events/" + id, TestTokens.viewer()).json();
        assertThat(event.get("confirmed").asInt()).isEqualTo(2);
        assertThat(event.get("waitlisted").asInt()).isEqualTo(1);
    }

    @Test
    void withMemberPriorityAMemberContactOvertakesAnEarlierGuestOnTheWaitlist() {
        String id = schedule(labourMarketEvent(1, "\"memberPriority\": true"));
        String seated = registerContact(id, MEMBER, "c-seated").json().get("id").asString();
        String guest = registerGuest(id, "10.1.0.1", "early@example.org").json().get("id").asString();
        String member = registerContact(id, MEMBER, "c-late").json().get("id").asString();

        post("/events/" + id + "/registrations/" + seated + "/cancel", TestTokens.operator(), null);

        List<JsonNode> registrations = get("/events/" + id + "/registrations", TestTokens.operator()).json()
                .valueStream().toList();
        assertThat(registrations).filteredOn(r -> r.get("id").asString().equals(member))
                .singleElement().satisfies(r -> assertThat(r.get("status").asString()).isEqualTo("CONFIRMED"));
        assertThat(registrations).filteredOn(r -> r.get("id").asString().equals(guest))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("status").asString()).isEqualTo("WAITLISTED");
                    assertThat(r.get("guestEmail").asString()).isEqualTo("early@example.org");
                });
    }

    @Test
    void checkingInTwiceCountsOnceAndPublishesOneAttendance() {
        String id = schedule(labourMarketEvent(10, null));
        String registration = registerContact(id, MEMBER, "c-door").json().get("id").asString();
        try (TopicReader topic = eventsTopic()) {
            String body = "{\"registrationId\": \"" + registration + "\"}";
            Reply first = post("/events/" + id + "/check-ins", TestTokens.operator(), body);
            Reply second = post("/events/" + id + "/check-ins", TestTokens.operator(), body);
            assertThat(first.status()).as(first.body()).isEqualTo(200);
            assertThat(second.status()).as(second.body()).isEqualTo(200);
            assertThat(second.json().get("attendance").asString()).isEqualTo("ATTENDED");

            ConsumerRecord<String, byte[]> attendance = topic.await(
                    r -> id.equals(r.key()) && EventsEvents.ATTENDANCE_RECORDED.type().equals(typeOf(r)), EVENT_TIMEOUT);
            assertThat(validPayload(attendance).path("outcome").asString()).isEqualTo("ATTENDED");
            assertThat(topic.drain(DRAIN_WINDOW).stream()
                    .filter(r -> EventsEvents.ATTENDANCE_RECORDED.type().equals(typeOf(r)) && id.equals(r.key()))
                    .map(r -> header(r, "ce_id")).distinct()).hasSize(1);
        }
    }

    @Test
    void aGuestRegistersWithoutLoginAndTheTopicCarriesNoPersonalData() {
        String id = schedule(labourMarketEvent(10, null));
        try (TopicReader topic = eventsTopic()) {
            Reply response = registerGuest(id, "10.1.0.2", "Jane.Doe@Example.org");
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            assertThat(response.json().get("cancelToken").asString()).isNotBlank();

            ConsumerRecord<String, byte[]> confirmed = topic.await(
                    r -> id.equals(r.key()) && EventsEvents.REGISTRATION_CONFIRMED.type().equals(typeOf(r)), EVENT_TIMEOUT);
            JsonNode payload = validPayload(confirmed);
            assertThat(payload.path("attendeeKind").asString()).isEqualTo("GUEST");
            assertThat(new String(confirmed.value()).toLowerCase()).doesNotContain("jane").doesNotContain("example.org")
                    .doesNotContain("guest person");

            String registration = response.json().get("id").asString();
            send("POST", "/public/events/" + id + "/registrations/" + registration + "/cancel", null,
                    "application/json", "{\"cancelToken\": \"wrong\"}", java.util.Map.of("X-Forwarded-For", "10.1.0.2"))
                    .isProblem(404, "registration-not-found");
            Reply cancelled = send("POST", "/public/events/" + id + "/registrations/" + registration + "/cancel",
                    null, "application/json", "{\"cancelToken\": \"" + response.json().get("cancelToken").asString()
                            + "\"}", java.util.Map.of("X-Forwarded-For", "10.1.0.2"));
            assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
            assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        }
    }

    @Test
    void cancellingAnEventCancelsItsRegistrationsEachWithItsOwnEvent() {
        String id = schedule(labourMarketEvent(1, null));
        String seated = registerContact(id, MEMBER, "c-seat").json().get("id").asString();
        String waiting = registerContact(id, MEMBER, "c-wait").json().get("id").asString();
        try (TopicReader topic = eventsTopic()) {
            Reply cancelled = post("/events/" + id + "/cancel", TestTokens.operator(), "{\"reason\": \"venue closed\"}");
            assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);

            List<ConsumerRecord<String, byte[]>> records = topic.awaitCount(r -> id.equals(r.key())
                    && !EventsEvents.EVENT_SCHEDULED.type().equals(typeOf(r))
                    && !EventsEvents.REGISTRATION_CONFIRMED.type().equals(typeOf(r))
                    && !EventsEvents.REGISTRATION_WAITLISTED.type().equals(typeOf(r)), 3, EVENT_TIMEOUT);
            assertThat(records).extracting(EventsIntegrationTest::typeOf).containsExactly(
                    EventsEvents.EVENT_CANCELLED.type(), EventsEvents.REGISTRATION_CANCELLED.type(),
                    EventsEvents.REGISTRATION_CANCELLED.type());
            assertThat(records.subList(1, 3)).extracting(r -> validPayload(r).path("registrationId").asString()
                    + ":" + validPayload(r).path("wasConfirmed").asBoolean())
                    .containsExactly(seated + ":true", waiting + ":false");
        }
        assertThat(get("/events/" + id + "/registrations", TestTokens.operator()).json().valueStream()
                .map(r -> r.get("status").asString())).containsOnly("CANCELLED");
        post("/events/" + id + "/registrations/" + seated + "/cancel", TestTokens.operator(), null)
                .isProblem(409, "registration-already-cancelled");
    }
}
