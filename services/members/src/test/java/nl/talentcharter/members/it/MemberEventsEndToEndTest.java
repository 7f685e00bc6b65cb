package nl.talentcharter.members.it;

import static nl.talentcharter.testkit.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.talentcharter.contracts.EventSchemas;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.testkit.TestTokens;
import nl.talentcharter.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Over HTTP in, CloudEvents out: what a consumer of talentcharter.members really receives. */
class MemberEventsEndToEndTest extends MembersIntegrationTest {

    @Test
    void registering_a_member_publishes_member_joined_as_a_cloud_event() {
        String kvk = freshKvk();
        try (TopicReader topic = membersTopic()) {
            String memberId = registerMember(kvk);

            ConsumerRecord<String, byte[]> record = topic.await(r -> memberId.equals(r.key()), EVENT_TIMEOUT);

            assertThat(record.key()).isEqualTo(memberId);
            assertThat(UUID.fromString(header(record, "ce_id"))).isNotNull();
            assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(record, "ce_type")).isEqualTo("nl.talentcharter.members.member-joined.v1");
            assertThat(header(record, "ce_source")).isEqualTo("/talentcharter/members");
            assertThat(header(record, "ce_subject")).isEqualTo(memberId);
            assertThat(header(record, "ce_dataschema")).isEqualTo(MemberEvents.MEMBER_JOINED.schemaId())
                    .isEqualTo("https://talentcharter.nl/schemas/members/member-joined.v1.json");
            assertThat(header(record, "ce_sequence")).isEqualTo("1");
            assertThat(OffsetDateTime.parse(header(record, "ce_time"))).isNotNull();
            assertThat(header(record, "content-type")).isEqualTo("application/json");
            assertThat(EventSchemas.publishViolations(header(record, "ce_type"), record.value())).isEmpty();

            JsonNode payload = JSON.readTree(record.value());
            assertThat(payload.get("memberId").asString()).isEqualTo(memberId);
            assertThat(payload.get("membershipPeriod").asInt()).isEqualTo(1);
            JsonNode profile = payload.get("profile");
            assertThat(profile.get("kvkNumber").asString()).isEqualTo(kvk);
            assertThat(profile.get("sizeClass").asString()).isEqualTo("SME");
            assertThat(profile.get("location").get("municipality").asString()).isEqualTo("Venlo");
            assertThat(profile.get("location").get("region").asString()).isEqualTo("NOORD_LIMBURG");
            assertThat(payload.get("firstContact").get("reference").asString()).isEqualTo("event-2026-03");
        }
    }

    @Test
    void a_full_lifecycle_publishes_its_events_in_order_with_increasing_sequence_and_never_a_person() {
        try (TopicReader topic = membersTopic()) {
            String kvk = freshKvk();
            var applied = post("/members/applications", TestTokens.operator(), employerJson(kvk));
            assertThat(applied.status()).as(applied.body()).isEqualTo(201);
            String id = applied.json().get("id").asString();
            String operator = TestTokens.operator();
            String memberUser = TestTokens.member(id);

            assertThat(post("/members/" + id + "/approve", operator, null).status()).isEqualTo(200);
            var patched = send("PATCH", "/members/" + id, memberUser, "application/merge-patch+json",
                    "{\"employees\": 300, \"actionLines\": [\"ATTRACT\"]}");
            assertThat(patched.status()).as(patched.body()).isEqualTo(200);
            assertThat(patched.json().get("sizeClass").asString()).isEqualTo("LARGE");
            var contact = post("/members/" + id + "/contacts", memberUser, """
                    {"name": "Anna de Vries", "email": "anna.devries@example.nl", "jobTitle": "HR manager",
                     "consents": [{"purpose": "NEWSLETTER", "granted": true, "source": "registration form"}]}
                    """);
            assertThat(contact.status()).as(contact.body()).isEqualTo(201);
            String contactId = contact.json().get("id").asString();
            assertThat(send("PUT", "/members/" + id + "/contacts/" + contactId + "/consents/EVENT_INVITATIONS",
                    operator, "application/json", "{\"granted\": true, \"source\": \"phone call\"}").status())
                    .isEqualTo(200);
            assertThat(post("/members/" + id + "/suspend", operator, "{\"reason\": \"fee unpaid\"}").status())
                    .isEqualTo(200);
            assertThat(post("/members/" + id + "/reinstate", operator, null).status()).isEqualTo(200);
            assertThat(send("DELETE", "/members/" + id + "/contacts/" + contactId, operator, null, null).status())
                    .isEqualTo(200);
            assertThat(post("/members/" + id + "/end", operator, "{\"reason\": \"moved away\"}").status())
                    .isEqualTo(200);
            var rejoined = post("/members/" + id + "/rejoin", operator, null);
            assertThat(rejoined.json().get("membershipPeriod").asInt()).isEqualTo(2);

            List<ConsumerRecord<String, byte[]>> events = awaitDistinctEvents(topic, id, 11);

            assertThat(events).extracting(r -> header(r, "ce_type").replace("nl.talentcharter.members.", ""))
                    .containsExactly("member-applied.v1", "member-joined.v1", "member-profile-changed.v1",
                            "contact-registered.v1", "contact-consent-changed.v1", "contact-consent-changed.v1",
                            "membership-suspended.v1", "membership-reinstated.v1", "contact-erased.v1",
                            "membership-ended.v1", "member-joined.v1");
            assertThat(events).extracting(r -> Long.parseLong(header(r, "ce_sequence")))
                    .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
            for (ConsumerRecord<String, byte[]> event : events) {
                assertThat(EventSchemas.publishViolations(header(event, "ce_type"), event.value()))
                        .as(header(event, "ce_type")).isEmpty();
                String raw = new String(event.value(), StandardCharsets.UTF_8) + event.headers();
                assertThat(raw).doesNotContainIgnoringCase("anna").doesNotContainIgnoringCase("vries")
                        .doesNotContain("example.nl").doesNotContain("HR manager");
            }
            assertThat(JSON.readTree(events.get(2).value()).get("changedFields").toString())
                    .isEqualTo("[\"actionLines\",\"employees\"]");
            assertThat(JSON.readTree(events.get(3).value()).get("contactId").asString()).isEqualTo(contactId);
            assertThat(JSON.readTree(events.get(10).value()).get("membershipPeriod").asInt()).isEqualTo(2);

            // the store keeps the tombstone and nothing personal, in the contact and in its history
            Document stored = rawMember(id);
            String everything = stored.toJson();
            assertThat(everything).doesNotContainIgnoringCase("anna").doesNotContain("example.nl")
                    .doesNotContain("HR manager").contains(contactId);
            var tombstone = get("/members/" + id + "/contacts/" + contactId, operator).json();
            assertThat(tombstone.get("erasure").get("erasedBy").asString()).startsWith("operator-");
            assertThat(tombstone.get("name").isNull()).isTrue();
        }
    }

    /**
     * The relay delivers at least once: a record may arrive twice (same ce_id, same sequence, same
     * payload), which consumers drop by ce_id or sequence. Returns each event once, in arrival order,
     * after checking that every repeat is a true redelivery and not a second, different event.
     */
    private static List<ConsumerRecord<String, byte[]>> awaitDistinctEvents(TopicReader topic, String memberId,
            int expected) {
        int wanted = expected;
        while (true) {
            List<ConsumerRecord<String, byte[]>> all = topic.awaitCount(r -> memberId.equals(r.key()), wanted,
                    EVENT_TIMEOUT);
            java.util.Map<String, ConsumerRecord<String, byte[]>> byId = new java.util.LinkedHashMap<>();
            for (ConsumerRecord<String, byte[]> record : all) {
                ConsumerRecord<String, byte[]> first = byId.putIfAbsent(header(record, "ce_id"), record);
                if (first != null) {
                    assertThat(header(record, "ce_sequence")).isEqualTo(header(first, "ce_sequence"));
                    assertThat(record.value()).isEqualTo(first.value());
                }
            }
            if (byId.size() >= expected) {
                return List.copyOf(byId.values());
            }
            wanted = all.size() + (expected - byId.size());
        }
    }

    @Test
    void history_tells_who_changed_what_and_when() {
        String id = registerMember(freshKvk());
        String memberUser = TestTokens.member(id);
        assertThat(send("PATCH", "/members/" + id, memberUser, "application/json", "{\"employees\": 12}").status())
                .isEqualTo(200);

        JsonNode history = get("/members/" + id + "/history", TestTokens.viewer()).json();

        assertThat(history.get("totalItems").asInt()).isEqualTo(2);
        JsonNode latest = history.get("items").get(0);
        assertThat(latest.get("action").asString()).isEqualTo("profile-changed");
        assertThat(latest.get("actor").asString()).startsWith("member-user-");
        assertThat(latest.get("changes").toString()).contains("\"field\":\"employees\"", "\"from\":\"120\"",
                "\"to\":\"12\"");
        JsonNode onlyEmployees = get("/members/" + id + "/history?field=employees&action=profile-changed",
                TestTokens.operator()).json();
        assertThat(onlyEmployees.get("totalItems").asInt()).isEqualTo(1);
    }
}
