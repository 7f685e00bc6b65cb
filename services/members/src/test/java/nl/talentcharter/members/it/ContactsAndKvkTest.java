package nl.talentcharter.members.it;

import static nl.talentcharter.testkit.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import nl.talentcharter.testkit.ServiceHttp.Reply;
import nl.talentcharter.testkit.TestTokens;
import nl.talentcharter.testkit.TopicReader;
import java.time.Instant;
import java.util.Set;
import nl.talentcharter.contracts.vocabulary.OrganisationKind;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.members.domain.Actor;
import nl.talentcharter.members.domain.KvkNumber;
import nl.talentcharter.members.domain.KvkNumberTaken;
import nl.talentcharter.members.domain.Location;
import nl.talentcharter.members.domain.Member;
import nl.talentcharter.members.domain.MemberId;
import nl.talentcharter.members.domain.Municipality;
import nl.talentcharter.members.domain.OrganisationProfile;
import nl.talentcharter.members.persistence.MemberStore;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ContactsAndKvkTest extends MembersIntegrationTest {

    @Test
    void racing_registrations_of_one_kvk_number_leave_exactly_one_member() {
        String kvk = freshKvk();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Reply>> attempts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            attempts.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return post("/members", TestTokens.operator(), employerJson(kvk));
            }));
        }
        start.countDown();
        List<Integer> statuses = attempts.stream().map(CompletableFuture::join).map(Reply::status).sorted()
                .toList();

        assertThat(statuses).containsExactly(201, 409, 409, 409);
        assertThat(mongo.getCollection("members").countDocuments(new Document("kvkNumber", kvk))).isEqualTo(1);
    }

    @Autowired
    MemberStore store;

    @Test
    void concurrent_suspensions_suspend_once_and_the_others_are_illegal_transitions() {
        String id = registerMember(freshKvk());
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Reply>> attempts = new ArrayList<>();
        try (TopicReader topic = membersTopic()) {
            for (int i = 0; i < 3; i++) {
                attempts.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return post("/members/" + id + "/suspend", TestTokens.operator(), "{\"reason\": \"unpaid\"}");
                }));
            }
            start.countDown();
            List<Reply> responses = attempts.stream().map(CompletableFuture::join).toList();

            assertThat(responses).extracting(Reply::status).containsExactlyInAnyOrder(200, 409, 409);
            responses.stream().filter(r -> r.status() == 409).forEach(r -> assertThat(
                    r.problem(409).get("type").asString()).endsWith("/illegal-transition"));
            var suspended = topic.awaitCount(r -> id.equals(r.key())
                    && "nl.talentcharter.members.membership-suspended.v1".equals(header(r, "ce_type")), 1,
                    EVENT_TIMEOUT);
            assertThat(ofSubject(topic.drain(DRAIN_WINDOW), id).stream()
                    .filter(r -> header(r, "ce_type").endsWith("membership-suspended.v1"))
                    .map(r -> header(r, "ce_id")).distinct()).hasSize(1);
            assertThat(suspended).isNotEmpty();
        }
        assertThat(get("/members/" + id + "/history?action=suspend", TestTokens.operator()).json()
                .get("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void the_unique_index_alone_refuses_a_second_member_with_the_same_kvk_number() {
        String kvk = freshKvk();
        String existing = registerMember(kvk);
        long before = memberCount();
        // straight to the store, past the service's friendly early check: only the index stands in the way
        Member twin = Member.register(MemberId.random(), new OrganisationProfile("Twin B.V.", new KvkNumber(kvk),
                OrganisationKind.EMPLOYER, null, Sector.RETAIL, 3, Location.inLimburg(Municipality.WEERT), Set.of()),
                false, null, new Actor("test"), Instant.now());

        assertThatThrownBy(() -> store.save(store.fresh(twin), Instant.now(), (member, outbox) -> { }))
                .isInstanceOfSatisfying(KvkNumberTaken.class,
                        e -> assertThat(e.existingMember()).isEqualTo(new MemberId(existing)));
        assertThat(memberCount()).isEqualTo(before);
    }

    @Test
    void an_organisation_that_left_rejoins_through_its_own_record_not_a_new_one() {
        String kvk = freshKvk();
        String id = registerMember(kvk);
        assertThat(post("/members/" + id + "/end", TestTokens.operator(), "{\"reason\": \"left\"}").status())
                .isEqualTo(200);
        JsonNode problem = post("/members", TestTokens.operator(), employerJson(kvk)).problem(409);
        assertThat(problem.get("existingMemberId").asString()).isEqualTo(id);
        JsonNode rejoined = post("/members/" + id + "/rejoin", TestTokens.operator(), null).json();
        assertThat(rejoined.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(rejoined.get("membershipPeriod").asInt()).isEqualTo(2);
        assertThat(rejoined.get("kvkNumber").asString()).isEqualTo(kvk);
    }

    @Test
    void contact_details_stay_in_this_service_while_consent_changes_are_published() {
        String id = registerMember(freshKvk());
        String user = TestTokens.member(id);
        JsonNode contact = post("/members/" + id + "/contacts", user,
                "{\"name\": \"Sanne Janssen\", \"email\": \"Sanne@Example.nl\"}").json();
        String contactId = contact.get("id").asString();
        assertThat(contact.get("email").asString()).isEqualTo("sanne@example.nl");

        try (TopicReader topic = membersTopic()) {
            Reply changed = send("PUT", "/members/" + id + "/contacts/" + contactId, user, "application/json",
                    "{\"name\": \"Sanne Janssen-Peters\", \"email\": \"sanne@example.nl\", \"jobTitle\": \"CEO\"}");
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            assertThat(changed.json().get("name").asString()).isEqualTo("Sanne Janssen-Peters");
            Reply withdrawn = send("PUT", "/members/" + id + "/contacts/" + contactId + "/consents/PARTNER_SHARING",
                    user, "application/json", "{\"granted\": false, \"source\": \"email of 2026-03-01\"}");
            assertThat(withdrawn.status()).isEqualTo(200);

            var event = topic.await(r -> id.equals(r.key()), EVENT_TIMEOUT);
            assertThat(header(event, "ce_type")).isEqualTo("nl.talentcharter.members.contact-consent-changed.v1");
            JsonNode payload = JSON.readTree(event.value());
            assertThat(payload.get("purpose").asString()).isEqualTo("PARTNER_SHARING");
            assertThat(payload.get("granted").asBoolean()).isFalse();
            // the detail change published nothing: the consent change is the only new event
            assertThat(ofSubject(topic.drain(DRAIN_WINDOW), id)).hasSize(1);
        }

        JsonNode listed = get("/members/" + id + "/contacts", TestTokens.operator()).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("consents").get(0).get("source").asString()).isEqualTo("email of 2026-03-01");
        JsonNode history = get("/members/" + id + "/history?action=contact-changed", TestTokens.operator()).json();
        assertThat(history.get("items").get(0).get("changes").toString()).contains("\"field\":\"name\"",
                "\"field\":\"jobTitle\"").doesNotContain("Sanne").doesNotContain("CEO");

        assertThat(send("DELETE", "/members/" + id + "/contacts/" + contactId, user, null, null).status())
                .isEqualTo(200);
        send("PUT", "/members/" + id + "/contacts/" + contactId, user, "application/json",
                "{\"name\": \"Sanne\", \"email\": \"sanne@example.nl\"}").problem(409);
        assertThat(rawMember(id).toJson()).doesNotContain("Sanne").doesNotContain("example.nl")
                .doesNotContain("CEO");
    }
}
