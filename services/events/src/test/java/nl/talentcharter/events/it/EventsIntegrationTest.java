package nl.talentcharter.events.it;

import static nl.talentcharter.testkit.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.talentcharter.contracts.EventSchemas;
import nl.talentcharter.contracts.Topics;
import nl.talentcharter.events.EventsApplication;
import nl.talentcharter.events.persistence.GatheringDocument;
import nl.talentcharter.events.persistence.MemberSnapshot;
import nl.talentcharter.testkit.HttpIntegrationTest;
import nl.talentcharter.testkit.RealInfrastructure;
import nl.talentcharter.testkit.ServiceHttp.Reply;
import nl.talentcharter.testkit.StoredDocuments;
import nl.talentcharter.testkit.TestInfrastructure;
import nl.talentcharter.testkit.TestTokens;
import nl.talentcharter.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Spring context all events integration tests share: the real application on a random port, on
 * the JVM's real Kafka broker and MongoDB-protocol store. Tests talk HTTP and read the topic like any client.
 * Forwarded headers are honoured here (as behind the production ingress), so each test is its own client
 * address for the guest rate limit.
 */
@SpringBootTest(classes = EventsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eventkit.relay.sweep-interval=1s", "server.forward-headers-strategy=framework",
                "events.guest-registration.limit-per-period=5", "events.guest-registration.period=10m"})
@RealInfrastructure
public abstract class EventsIntegrationTest extends HttpIntegrationTest {

    protected static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);
    protected static final Duration DRAIN_WINDOW = Duration.ofSeconds(3);
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    protected MongoTemplate mongo;

    protected static TopicReader eventsTopic() {
        return TopicReader.startingNow(TestInfrastructure.get().kafkaBootstrapServers(), Topics.EVENTS);
    }

    protected static String futureDate() {
        return LocalDate.now().plusDays(30).toString();
    }

    /** An open labour-market event 30 days ahead with the given capacity (null: unlimited). */
    protected static String labourMarketEvent(Integer capacity, String extra) {
        return """
                {"kind": "LABOUR_MARKET_EVENT", "title": "Arbeidsmarktevent %s", "date": "%s",
                 "startTime": "14:00", "endTime": "17:30", "placeName": "Venlo", "audience": "OPEN",
                 %s "actionLines": ["ATTRACT"] %s}
                """.formatted(UUID.randomUUID().toString().substring(0, 6), futureDate(),
                capacity == null ? "" : "\"capacity\": " + capacity + ",", extra == null ? "" : ", " + extra);
    }

    protected String schedule(String body) {
        Reply response = post("/events", TestTokens.operator(), body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    protected Reply registerContact(String eventId, String memberId, String contactId) {
        return post("/events/" + eventId + "/registrations", TestTokens.operator(),
                "{\"memberId\": \"%s\", \"contactId\": \"%s\"}".formatted(memberId, contactId));
    }

    protected Reply registerGuest(String eventId, String clientAddress, String email) {
        return send("POST", "/public/events/" + eventId + "/registrations", null, "application/json", """
                {"name": "Guest Person", "email": "%s", "organisationName": "Zorg Zuid", "sector": "CARE",
                 "sizeClass": "SME", "region": "ZUID_LIMBURG", "consent": true}
                """.formatted(email), Map.of("X-Forwarded-For", clientAddress));
    }

    protected Document rawGathering(String id) {
        return mongo.getCollection(GatheringDocument.COLLECTION).find(new Document("_id", id)).first();
    }

    /** Waits until the members read model has a snapshot of {@code memberId} that meets {@code condition}. */
    protected Document awaitSnapshot(String memberId, java.util.function.Predicate<Document> condition) {
        return StoredDocuments.await(mongo.getCollection(MemberSnapshot.COLLECTION), memberId, condition, EVENT_TIMEOUT);
    }

    protected static String typeOf(ConsumerRecord<String, byte[]> record) {
        return header(record, "ce_type");
    }

    /** The payload, after checking it against its schema as strictly as a producer must. */
    protected static JsonNode validPayload(ConsumerRecord<String, byte[]> record) {
        List<String> violations = EventSchemas.publishViolations(typeOf(record), record.value());
        assertThat(violations).as("schema violations of " + typeOf(record)).isEmpty();
        return JSON.readTree(record.value());
    }
}
