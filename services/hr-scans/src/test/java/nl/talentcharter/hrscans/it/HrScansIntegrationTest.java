package nl.talentcharter.hrscans.it;

import static nl.talentcharter.testkit.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
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
import nl.talentcharter.hrscans.HrScansApplication;
import nl.talentcharter.hrscans.domain.template.Question;
import nl.talentcharter.hrscans.domain.template.ScanTemplate;
import nl.talentcharter.hrscans.domain.template.TemplateCatalog;
import nl.talentcharter.hrscans.persistence.MemberRecord;
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
 * The one Spring context all hr-scans integration tests share: the real application on a random port, on
 * the JVM's real Kafka broker and MongoDB-protocol store. Tests act as the members service by publishing
 * CloudEvents to talentcharter.members, talk HTTP like any client, and read talentcharter.hr-scans like
 * any consumer. The scheduled overdue check is off: the tests run it themselves, for a chosen day.
 */
@SpringBootTest(classes = HrScansApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eventkit.relay.sweep-interval=1s", "hr-scans.overdue-check-enabled=false"})
@RealInfrastructure
abstract class HrScansIntegrationTest extends HttpIntegrationTest {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final Duration DRAIN_WINDOW = Duration.ofSeconds(3);
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Acts as the members service; its sequences span the test classes, as member ids are unique anyway. */
    @RegisterExtension
    static final CloudEventPublisher MEMBERS_SERVICE = CloudEventPublisher.onSharedBroker(EventSchemas::requirePublishable);

    @Autowired
    MongoTemplate mongo;
    @Autowired
    TemplateCatalog templates;

    /** A reader from now on (it creates the topic and waits for its partitions itself). */
    static TopicReader scanTopic() {
        return TopicReader.startingNow(TestInfrastructure.get().kafkaBootstrapServers(), Topics.HR_SCANS);
    }

    // ---- acting as the members service -------------------------------------------------------------

    static MemberProfile profile(Sector sector, String municipality, Region region, int employees) {
        return new MemberProfile("Testbedrijf " + municipality + " B.V.",
                String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)), OrganisationKind.EMPLOYER,
                null, sector, employees, employees < 250 ? SizeClass.SME : SizeClass.LARGE,
                new MemberLocation(municipality, Country.NL, municipality, region), false, List.of(ActionLine.RETAIN));
    }

    /** Publishes a member's next event; returns the CloudEvents id (to publish it again as a duplicate). */
    <T> String publishMemberEvent(EventType<T> type, String memberId, T payload) {
        return memberEvent(type, memberId, payload).nextSequence().publish();
    }

    /** With a given id and sequence: the same again is a duplicate delivery. */
    <T> void publishMemberEvent(EventType<T> type, String memberId, T payload, String ceId, long sequence) {
        memberEvent(type, memberId, payload).id(ceId).sequence(sequence).publish();
    }

    private static <T> CloudEventPublisher.Event memberEvent(EventType<T> type, String memberId, T payload) {
        return MEMBERS_SERVICE.event(type.topic(), type.type(), type.source()).subject(memberId)
                .dataschema(type.schemaId()).json(payload);
    }

    /** A member that joined (as the members service would announce), active in the read model once this returns. */
    String activeMember(Sector sector, String municipality, Region region, int employees) {
        String memberId = UUID.randomUUID().toString();
        publishMemberEvent(MemberEvents.MEMBER_JOINED, memberId,
                new MemberJoined(memberId, 1, profile(sector, municipality, region, employees), LocalDate.now(), null));
        awaitMembership(memberId, MemberRecord.Membership.ACTIVE);
        return memberId;
    }

    String activeMember() {
        return activeMember(Sector.TECHNOLOGY_AND_MANUFACTURING, "Venlo", Region.NOORD_LIMBURG, 120);
    }

    void suspend(String memberId) {
        publishMemberEvent(MemberEvents.MEMBERSHIP_SUSPENDED, memberId,
                new MembershipSuspended(memberId, 1, "fee unpaid", LocalDate.now()));
        awaitMembership(memberId, MemberRecord.Membership.SUSPENDED);
    }

    String end(String memberId, int period) {
        return publishMemberEvent(MemberEvents.MEMBERSHIP_ENDED, memberId,
                new MembershipEnded(memberId, period, "moved away", LocalDate.now()));
    }

    void awaitMembership(String memberId, MemberRecord.Membership membership) {
        StoredDocuments.await(mongo.getCollection(MemberRecord.COLLECTION), memberId,
                member -> membership.name().equals(member.getString("membership")), TIMEOUT);
    }

    Document memberDocument(String memberId) {
        return mongo.getCollection(MemberRecord.COLLECTION).find(new Document("_id", memberId)).first();
    }

    // ---- the scan API ------------------------------------------------------------------------------

    String requestScan(String memberId, Integer version) {
        Reply created = post("/scans", TestTokens.operator(), version == null
                ? "{\"memberId\": \"" + memberId + "\"}"
                : "{\"memberId\": \"" + memberId + "\", \"templateVersion\": " + version + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    void schedule(String scanId) {
        Reply scheduled = post("/scans/" + scanId + "/schedule", TestTokens.operator(),
                "{\"date\": \"" + LocalDate.now().plusDays(7) + "\"}");
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(200);
    }

    /** Answers every question of the scan's template with the option of {@code level} (1..4). */
    Map<String, String> answersAtLevel(ScanTemplate template, int level) {
        return template.questions().collect(Collectors.toMap(Question::key,
                q -> q.options().stream().filter(o -> o.level() == level).findFirst().orElseThrow().key()));
    }

    String answersJson(Map<String, String> answers) {
        return "{\"answers\": " + JSON.writeValueAsString(answers) + "}";
    }

    /** Requested, scheduled, fully answered at {@code level} and completed; returns the scan id. */
    String completedScan(String memberId, int version, int level) {
        String scanId = requestScan(memberId, version);
        schedule(scanId);
        Reply answered = post("/scans/" + scanId + "/answers", TestTokens.operator(),
                answersJson(answersAtLevel(templates.get("hr-scan", version), level)));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        Reply completed = post("/scans/" + scanId + "/complete", TestTokens.operator(), null);
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        return scanId;
    }

    Document scanDocument(String scanId) {
        return mongo.getCollection("scans").find(new Document("_id", scanId)).first();
    }

    static String shortType(ConsumerRecord<String, byte[]> record) {
        return header(record, "ce_type").replace("nl.talentcharter.hr-scans.", "");
    }
}
