package nl.talentcharter.partnergateway.it;

import static nl.talentcharter.testkit.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.talentcharter.contracts.EventSchemas;
import nl.talentcharter.contracts.Topics;
import nl.talentcharter.contracts.partners.PartnerEvents;
import nl.talentcharter.partnergateway.persistence.AcceptedMessageDocument;
import nl.talentcharter.testkit.ServiceHttp.Reply;
import nl.talentcharter.testkit.TestInfrastructure;
import nl.talentcharter.testkit.TestTokens;
import nl.talentcharter.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Partners publish CloudEvents over HTTP: valid ones reach talentcharter.partners.inbound once; the rest change nothing. */
class InboundTest extends GatewayIntegrationTest {

    private static final String REFERRED = PartnerEvents.TALENT_REFERRED.type();
    private static final String REFER_SCOPE = "partners.talent-referred.write";

    @Test
    void aValidReferralInBinaryModeIsAcceptedAndRelayedWithItsIdSourceAndTypeKeyedByThePool() {
        String id = newId();
        try (TopicReader inbound = TopicReader.startingNow(TestInfrastructure.get().kafkaBootstrapServers(),
                Topics.PARTNERS_INBOUND)) {
            Reply accepted = publishBinary(TestTokens.partner("partner-uwv", REFER_SCOPE, "members.read"), id,
                    "/partners/uwv", REFERRED, referral(POOL_ID, "UWV-" + id.substring(0, 8)));

            assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
            assertThat(accepted.json().path("subject").asString()).isEqualTo(POOL_ID);
            ConsumerRecord<String, byte[]> record = inbound.await(r -> id.equals(header(r, "ce_id")), EVENT_TIMEOUT);
            assertThat(record.key()).isEqualTo(POOL_ID);
            assertThat(header(record, "ce_source")).isEqualTo("/partners/uwv");
            assertThat(header(record, "ce_type")).isEqualTo(REFERRED);
            assertThat(header(record, "ce_subject")).isEqualTo(POOL_ID);
            assertThat(header(record, "ce_dataschema")).isEqualTo(PartnerEvents.TALENT_REFERRED.schemaId());
            assertThat(header(record, "ce_sequence")).as("partner messages carry no sequence").isNull();
            assertThat(EventSchemas.publishViolations(REFERRED, record.value())).isEmpty();
        }
    }

    @Test
    void aValidCourseInStructuredModeIsAccepted() {
        String id = newId();
        String event = """
                {"specversion": "1.0", "id": "%s", "source": "/partners/zuyd",
                 "type": "nl.talentcharter.partners.course-announced.v1", "datacontenttype": "application/json",
                 "data": {"courseId": "ZUYD-%s", "institution": "Zuyd Hogeschool", "title": "Traineeship process technology",
                          "kind": "TRAINEESHIP", "sector": "CHEMISTRY", "region": "ZUID_LIMBURG", "startDate": "2026-09-01",
                          "endDate": "2027-06-30", "places": 12, "url": "https://www.zuyd.nl/traineeships"}}
                """.formatted(id, id.substring(0, 8));
        try (TopicReader inbound = TopicReader.startingNow(TestInfrastructure.get().kafkaBootstrapServers(),
                Topics.PARTNERS_INBOUND)) {
            Reply accepted = send("POST", "/inbound", TestTokens.partner("zuyd", "partners.course-announced.write"),
                    "application/cloudevents+json", event, Map.of());

            assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
            ConsumerRecord<String, byte[]> record = inbound.await(r -> id.equals(header(r, "ce_id")), EVENT_TIMEOUT);
            assertThat(record.key()).isEqualTo("ZUYD-" + id.substring(0, 8));
            JsonNode payload = JSON.readTree(record.value());
            assertThat(payload.path("title").asString()).isEqualTo("Traineeship process technology");
        }
    }

    @Test
    void aRepeatIsAConflictNamingWhenTheOriginalWasAcceptedAndIsRelayedOnce() {
        String id = newId();
        String token = TestTokens.partner("uwv", REFER_SCOPE);
        try (TopicReader inbound = TopicReader.startingNow(TestInfrastructure.get().kafkaBootstrapServers(),
                Topics.PARTNERS_INBOUND)) {
            Reply first = publishBinary(token, id, "/partners/uwv", REFERRED, referral(POOL_ID, "R-" + id.substring(0, 6)));
            assertThat(first.status()).as(first.body()).isEqualTo(202);

            Reply repeat = publishBinary(token, id, "/partners/uwv", REFERRED, referral(POOL_ID, "R-" + id.substring(0, 6)))
                    .isProblem(409, "duplicate-event");
            assertThat(repeat.json().path("acceptedAt").asString()).isEqualTo(first.json().path("acceptedAt").asString());

            inbound.await(r -> id.equals(header(r, "ce_id")), EVENT_TIMEOUT);
            assertThat(inbound.drain(java.time.Duration.ofSeconds(2))).filteredOn(r -> id.equals(header(r, "ce_id")))
                    .as("relayed once").hasSize(1);
        }
        assertThat(stored(id)).hasSize(1);
        assertThat(get("/actuator/prometheus", null).body())
                .containsPattern("partner_gateway_inbound_total\\{[^}]*outcome=\"duplicate-event\",partner=\"uwv\",via=\"http\"}");
    }

    @Test
    void theSameIdFromAnotherPartnerIsAnotherMessage() {
        String id = newId();
        assertThat(publishBinary(TestTokens.partner("uwv", REFER_SCOPE), id, "/partners/uwv", REFERRED,
                referral(POOL_ID, "A-1")).status()).isEqualTo(202);
        assertThat(publishBinary(TestTokens.partner("werkcentrum", REFER_SCOPE), id, "/partners/werkcentrum", REFERRED,
                referral(POOL_ID, "B-1")).status()).isEqualTo(202);
    }

    @Test
    void aSchemaInvalidMessageIsRefusedWithItsViolationsAndNothingIsStored() {
        String id = newId();
        Reply refused = publishBinary(TestTokens.partner("uwv", REFER_SCOPE), id, "/partners/uwv", REFERRED,
                referral("not-a-uuid", "123456782").replace("\"consentToShare\": true", "\"consentToShare\": false"))
                .isProblem(400, "schema-violation");

        List<String> fields = refused.json().path("errors").valueStream().map(e -> e.path("field").asString()).toList();
        assertThat(fields).contains("poolId", "referenceId", "consentToShare");
        assertThat(stored(id)).isEmpty();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        String id = newId();
        publishBinary(TestTokens.partner("uwv", REFER_SCOPE), id, "/partners/uwv", REFERRED,
                referral(POOL_ID, "X-1").replace("\"to\": \"2026-12-31\"", "\"to\": \"2026-01-31\""))
                .isProblem(400, "schema-violation");
        assertThat(stored(id)).isEmpty();
    }

    @Test
    void aPartnerWithoutTheScopeForTheTypeIsRefused() {
        String id = newId();
        publishBinary(TestTokens.partner("zuyd", "partners.course-announced.write", "members.read"), id,
                "/partners/zuyd", REFERRED, referral(POOL_ID, "Z-1")).isProblem(403, "access-denied");
        assertThat(stored(id)).isEmpty();
    }

    @Test
    void aPartnerCannotPublishAsAnotherPartner() {
        String id = newId();
        publishBinary(TestTokens.partner("zuyd", REFER_SCOPE), id, "/partners/uwv", REFERRED, referral(POOL_ID, "Z-2"))
                .isProblem(403, "foreign-source");
        assertThat(stored(id)).isEmpty();
    }

    @Test
    void anUnknownOrNonPartnerTypeIsRefused() {
        String token = TestTokens.partner("uwv", REFER_SCOPE);
        publishBinary(token, newId(), "/partners/uwv", "nl.talentcharter.partners.unheard-of.v1", referral(POOL_ID, "U-1"))
                .isProblem(400, "unknown-event-type");
        publishBinary(token, newId(), "/partners/uwv", "nl.talentcharter.pools.talent-offered.v1", referral(POOL_ID, "U-2"))
                .isProblem(400, "unknown-event-type");
    }

    @Test
    void anOversizedMessageIsRefused() {
        String id = newId();
        String huge = referral(POOL_ID, "H-1").replace("\"UWV Werkbedrijf Venlo\"",
                "\"" + "x".repeat(300 * 1024) + "\"");
        publishBinary(TestTokens.partner("uwv", REFER_SCOPE), id, "/partners/uwv", REFERRED, huge)
                .isProblem(413, "payload-too-large");
        assertThat(stored(id)).isEmpty();
    }

    @Test
    void somethingThatIsNotACloudEventIsRefused() {
        send("POST", "/inbound", TestTokens.partner("uwv", REFER_SCOPE), "application/json", referral(POOL_ID, "N-1"),
                Map.of()).isProblem(400, "malformed-cloud-event");
    }

    @Test
    void onlyAuthenticatedPartnersPublish() {
        String id = newId();
        publishBinary(null, id, "/partners/uwv", REFERRED, referral(POOL_ID, "S-1")).isProblem(401, "unauthenticated");
        publishBinary(TestTokens.operator(), id, "/partners/uwv", REFERRED, referral(POOL_ID, "S-1"))
                .isProblem(403, "access-denied");
        publishBinary(TestTokens.viewer(), id, "/partners/uwv", REFERRED, referral(POOL_ID, "S-1"))
                .isProblem(403, "access-denied");
        assertThat(stored(id)).isEmpty();
    }

    @Test
    void refusedMessagesAreNeitherStoredNorPublished() {
        String invalid = newId();
        String unscoped = newId();
        String foreign = newId();
        String accepted = newId();
        try (TopicReader inbound = TopicReader.startingNow(TestInfrastructure.get().kafkaBootstrapServers(),
                Topics.PARTNERS_INBOUND)) {
            publishBinary(TestTokens.partner("uwv", REFER_SCOPE), invalid, "/partners/uwv", REFERRED,
                    referral(POOL_ID, "N-1").replace("\"skills\": [", "\"skills\": [], \"x\": [")).isProblem(400, "schema-violation");
            publishBinary(TestTokens.partner("uwv", "members.read"), unscoped, "/partners/uwv", REFERRED,
                    referral(POOL_ID, "N-2")).isProblem(403, "access-denied");
            publishBinary(TestTokens.partner("uwv", REFER_SCOPE), foreign, "/partners/zuyd", REFERRED,
                    referral(POOL_ID, "N-3")).isProblem(403, "foreign-source");
            // one accepted message after them: once it is on the topic, the refused ones would have been too
            assertThat(publishBinary(TestTokens.partner("uwv", REFER_SCOPE), accepted, "/partners/uwv", REFERRED,
                    referral(POOL_ID, "N-4")).status()).isEqualTo(202);
            inbound.await(r -> accepted.equals(header(r, "ce_id")), EVENT_TIMEOUT);

            assertThat(inbound.drain(java.time.Duration.ofSeconds(1))).extracting(r -> header(r, "ce_id"))
                    .doesNotContain(invalid, unscoped, foreign);
        }
        for (String id : List.of(invalid, unscoped, foreign)) {
            assertThat(stored(id)).as(id).isEmpty();
        }
    }

    private List<Document> stored(String eventId) {
        return mongo.getCollection(AcceptedMessageDocument.COLLECTION).find(new Document("eventId", eventId))
                .into(new java.util.ArrayList<>());
    }
}
