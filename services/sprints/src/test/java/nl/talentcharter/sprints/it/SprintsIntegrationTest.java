package nl.talentcharter.sprints.it;

import static nl.talentcharter.testkit.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.talentcharter.contracts.EventSchemas;
import nl.talentcharter.contracts.EventType;
import nl.talentcharter.contracts.Topics;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.contracts.members.MemberJoined;
import nl.talentcharter.contracts.members.MemberLocation;
import nl.talentcharter.contracts.members.MemberProfile;
import nl.talentcharter.contracts.members.MembershipEnded;
import nl.talentcharter.contracts.members.MembershipSuspended;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Country;
import nl.talentcharter.contracts.vocabulary.OrganisationKind;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import nl.talentcharter.sprints.SprintsApplication;
import nl.talentcharter.sprints.persistence.CompanyRecord;
import nl.talentcharter.testkit.CloudEventPublisher;
import nl.talentcharter.testkit.HttpIntegrationTest;
import nl.talentcharter.testkit.RealInfrastructure;
import nl.talentcharter.testkit.ServiceHttp.Reply;
import nl.talentcharter.testkit.StoredDocuments;
import nl.talentcharter.testkit.TestInfrastructure;
import nl.talentcharter.testkit.TestTokens;
import nl.talentcharter.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Spring context all sprints integration tests share: the real application on a random port, on the
 * JVM's real Kafka broker and MongoDB-protocol store. Tests act as the members and hr-scans services by
 * publishing CloudEvents, talk HTTP like any client, and read talentcharter.sprints like any consumer.
 */
@SpringBootTest(classes = SprintsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eventkit.relay.sweep-interval=1s"})
@RealInfrastructure
abstract class SprintsIntegrationTest extends HttpIntegrationTest {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final Duration DRAIN_WINDOW = Duration.ofSeconds(3);
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Acts as the members and hr-scans services; sequences span the test classes, as subjects are unique anyway. */
    @RegisterExtension
    static final CloudEventPublisher OTHER_SERVICES = CloudEventPublisher.onSharedBroker(EventSchemas::requirePublishable);

    @Autowired
    MongoTemplate mongo;

    /** A reader from now on (it creates the topic and waits for its partitions itself). */
    static TopicReader sprintTopic() {
        return TopicReader.startingNow(TestInfrastructure.get().kafkaBootstrapServers(), Topics.SPRINTS);
    }

    // ---- acting as the members service -------------------------------------------------------------

    static MemberProfile profile(Sector sector, String municipality, Region region, int employees) {
        return profile(sector, municipality, region, employees, false);
    }

    static MemberProfile profile(Sector sector, String municipality, Region region, int employees, boolean frontRunner) {
        return new MemberProfile("Testbedrijf " + municipality + " B.V.",
                String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)), OrganisationKind.EMPLOYER,
                null, sector, employees, employees < 250 ? SizeClass.SME : SizeClass.LARGE,
                new MemberLocation(municipality, Country.NL, municipality, region), frontRunner, List.of(ActionLine.RETAIN));
    }

    /** Publishes a member's next event; returns the CloudEvents id (to publish it again as a duplicate). */
    <T> String publishMemberEvent(EventType<T> type, String memberId, T payload) {
        return publish(type, memberId, payload);
    }

    /** Publishes the aggregate's next event on the type's topic; returns the CloudEvents id. */
    <T> String publish(EventType<T> type, String subject, T payload) {
        return event(type, subject, payload).nextSequence().publish();
    }

    /** The sequence the subject's last published event carried. */
    static long lastSequence(String subject) {
        return OTHER_SERVICES.lastSequence(subject);
    }

    <T> void publish(EventType<T> type, String memberId, T payload, String ceId, long sequence) {
        publish(type, memberId, payload, ceId, sequence, null);
    }

    /** @param partition null = the producer's choice by key */
    <T> void publish(EventType<T> type, String subject, T payload, String ceId, long sequence, Integer partition) {
        event(type, subject, payload).id(ceId).sequence(sequence).partition(partition).publish();
    }

    private static <T> CloudEventPublisher.Event event(EventType<T> type, String subject, T payload) {
        return OTHER_SERVICES.event(type.topic(), type.type(), type.source()).subject(subject)
                .dataschema(type.schemaId()).json(payload);
    }

    /** A member that joined (as the members service would announce), active in the read model once this returns. */
    String activeMember(Region region, boolean frontRunner) {
        String memberId = UUID.randomUUID().toString();
        publishMemberEvent(MemberEvents.MEMBER_JOINED, memberId, new MemberJoined(memberId, 1,
                profile(Sector.CARE, "Roermond", region, 80, frontRunner), LocalDate.now(), null));
        awaitMembership(memberId, CompanyRecord.Membership.ACTIVE);
        return memberId;
    }

    String activeMember() {
        return activeMember(Region.MIDDEN_LIMBURG, false);
    }

    void suspend(String memberId) {
        publishMemberEvent(MemberEvents.MEMBERSHIP_SUSPENDED, memberId,
                new MembershipSuspended(memberId, 1, "fee unpaid", LocalDate.now()));
        awaitMembership(memberId, CompanyRecord.Membership.SUSPENDED);
    }

    String end(String memberId, int period) {
        return publishMemberEvent(MemberEvents.MEMBERSHIP_ENDED, memberId,
                new MembershipEnded(memberId, period, "moved away", LocalDate.now()));
    }

    void awaitMembership(String memberId, CompanyRecord.Membership membership) {
        StoredDocuments.await(mongo.getCollection(CompanyRecord.COLLECTION), memberId,
                member -> membership.name().equals(member.getString("membership")), TIMEOUT);
    }

    Document memberDocument(String memberId) {
        return mongo.getCollection(CompanyRecord.COLLECTION).find(new Document("_id", memberId)).first();
    }

    /** A theme of its own, so that only the companies a test makes interested are candidates for it. */
    String freshTheme() {
        String themeId = "test-" + UUID.randomUUID().toString().substring(0, 8);
        Reply added = post("/themes", TestTokens.operator(), "{\"id\": \"" + themeId + "\", \"name\": \"Thema "
                + themeId + "\", \"actionLines\": [\"RETAIN\"], \"hrScanDomains\": [\"" + themeId + "-domain\"]}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return themeId;
    }

    /** The member says itself that it wants to work on the theme. */
    void statesInterest(String memberId, String themeId) {
        Reply stated = put("/members/" + memberId + "/interests", TestTokens.member(memberId),
                "{\"themeIds\": [\"" + themeId + "\"]}");
        assertThat(stated.status()).as(stated.body()).isEqualTo(200);
    }

    /** A started sprint of the theme led by {@code lead} with the other members, created over HTTP. */
    String startedSprint(String themeId, String lead, List<String> others) {
        Reply created = post("/sprints", TestTokens.operator(), "{\"themeId\": \"" + themeId + "\", \"challenge\":"
                + " \"Keep talent here\", \"leadMemberId\": \"" + lead + "\", \"memberIds\": "
                + JSON.writeValueAsString(others) + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String sprintId = created.json().get("id").asString();
        Reply started = post("/sprints/" + sprintId + "/start", TestTokens.operator(), null);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        return sprintId;
    }

    // ---- HTTP ------------------------------------------------------------------------------------

    static String shortType(ConsumerRecord<String, byte[]> record) {
        return header(record, "ce_type").replace("nl.talentcharter.sprints.", "");
    }

    /** The partition the producer puts {@code key} on, to line another aggregate's event up behind it. */
    static int partitionOf(String topic, String key) {
        return OTHER_SERVICES.partitionOf(topic, key);
    }
}
