package nl.talentcharter.members.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import nl.talentcharter.contracts.Topics;
import nl.talentcharter.members.MembersApplication;
import nl.talentcharter.members.persistence.MemberDocument;
import nl.talentcharter.testkit.HttpIntegrationTest;
import nl.talentcharter.testkit.RealInfrastructure;
import nl.talentcharter.testkit.ServiceHttp.Reply;
import nl.talentcharter.testkit.TestInfrastructure;
import nl.talentcharter.testkit.TestTokens;
import nl.talentcharter.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Spring context all members integration tests share: the real application on a random port,
 * on the JVM's real Kafka broker and MongoDB-protocol store, trusting {@code TestTokens}.
 * Tests talk HTTP like any client and read the topic like any consumer.
 */
@SpringBootTest(classes = MembersApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "eventkit.relay.sweep-interval=1s")
@RealInfrastructure
public abstract class MembersIntegrationTest extends HttpIntegrationTest {

    protected static final Duration EVENT_TIMEOUT = Duration.ofSeconds(20);
    /** How long to listen to prove that nothing was published: longer than a relay round after a save. */
    protected static final Duration DRAIN_WINDOW = Duration.ofSeconds(2);
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    protected MongoTemplate mongo;

    protected static String kafka() {
        return TestInfrastructure.get().kafkaBootstrapServers();
    }

    /**
     * What reached the topic from {@code started} on. A reader that starts "now" under read_committed starts at the
     * last stable offset, so records another test's relay sent earlier inside a transaction still open then
     * become visible when it commits; they were not caused by what this test did.
     */
    protected static java.util.List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> publishedSince(
            TopicReader topic, long started) {
        return topic.drain(DRAIN_WINDOW).stream().filter(record -> record.timestamp() >= started).toList();
    }

    /** A reader from now on (it creates the topic and waits for its partitions itself). */
    protected static TopicReader membersTopic() {
        return TopicReader.startingNow(kafka(), Topics.MEMBERS);
    }

    /** A KvK number no other test uses (random, so repeated runs on a kept store do not clash either). */
    protected static String freshKvk() {
        return String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    protected static String employerJson(String kvk) {
        return """
                {"legalName": "Techniek Venlo B.V.", "kvkNumber": "%s", "kind": "EMPLOYER",
                 "sector": "TECHNOLOGY_AND_MANUFACTURING", "employees": 120,
                 "location": {"municipality": "Venlo"}, "actionLines": ["RETAIN", "DEVELOP"],
                 "firstContact": {"channel": "EVENT", "reference": "event-2026-03"}}
                """.formatted(kvk);
    }

    /** Registers an active member as an operator; returns its id. */
    protected String registerMember(String kvk) {
        Reply response = send("POST", "/members", TestTokens.operator(), "application/json",
                employerJson(kvk));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    /** The raw stored document (what is really in the store, not what the mapper makes of it). */
    protected Document rawMember(String id) {
        return mongo.getCollection(MemberDocument.COLLECTION).find(new Document("_id", id)).first();
    }

    protected long memberCount() {
        return mongo.getCollection(MemberDocument.COLLECTION).countDocuments();
    }

    protected static List<ConsumerRecord<String, byte[]>> ofSubject(List<ConsumerRecord<String, byte[]>> records,
            String memberId) {
        return records.stream().filter(r -> memberId.equals(r.key())).toList();
    }
}
