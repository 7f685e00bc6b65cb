package nl.talentcharter.examples.partnerconsumer;

import static nl.talentcharter.examples.partnerconsumer.DocumentedCommands.headers;
import static nl.talentcharter.examples.partnerconsumer.DocumentedCommands.jsonLines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.talentcharter.contracts.EventSchemas;
import nl.talentcharter.contracts.Topics;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.contracts.partners.PartnerEvents;
import nl.talentcharter.testkit.TestInfrastructure;
import nl.talentcharter.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The kcat commands of docs/partners.md, run exactly as documented, on real CloudEvents, against test-kit's
 * broker. Only partner.kcat.conf differs from the page: this broker has no login (Debian's kcat cannot log in
 * to Kafka 4 with SCRAM; the login and ACLs are proven with the Java client by KafkaAclModelTest).
 */
class KcatCommandsTest {

    private static String bootstrap;
    private static DocumentedCommands docs;
    private static PublishedEvents members;

    @TempDir
    Path workDir;

    /** Per test, not per class: a skipped test then shows up as skipped, with this reason. */
    @BeforeEach
    void kcatIsInstalled() {
        assumeTrue(DocumentedCommands.kcatInstalled(), "kcat is not installed and scripts/ensure-tools.sh could "
                + "not install it (it needs apt-get and root); install it with: apt-get install kcat");
    }

    @BeforeAll
    static void aBroker() throws Exception {
        bootstrap = TestInfrastructure.get().kafkaBootstrapServers();
        List.of(Topics.MEMBERS, Topics.POOLS, Topics.PARTNERS_INBOUND + ".zuyd",
                Topics.deadLetter(Topics.PARTNERS_INBOUND + ".zuyd"))
                .forEach(topic -> TopicReader.ensureTopic(bootstrap, topic, 3));
        docs = DocumentedCommands.partnersPage();
        members = new PublishedEvents(bootstrap);
    }

    @AfterAll
    static void closePublisher() {
        if (members != null) {
            members.close();
        }
    }

    @Test
    void readsATopicFromTheStartWithItsCloudEventsHeaders() throws Exception {
        String memberId = "m-" + UUID.randomUUID().toString().substring(0, 8);
        String id = members.publish(MemberEvents.MEMBER_JOINED, memberId, 1, PublishedEvents.memberJoined(memberId));

        JsonNode record = jsonLines(run("kcat-from-start")).stream()
                .filter(line -> memberId.equals(line.path("key").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("kcat did not show the event of " + memberId));

        Map<String, String> headers = headers(record);
        assertThat(headers).containsEntry("ce_id", id).containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_type", MemberEvents.MEMBER_JOINED.type())
                .containsEntry("ce_dataschema", MemberEvents.MEMBER_JOINED.schemaId())
                .containsEntry("ce_subject", memberId).containsEntry("ce_sequence", "1");
        assertThat(EventSchemas.violations(headers.get("ce_type"),
                record.path("payload").asString().getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void readsInItsOwnGroupAndGoesOnWhereTheLastRunStopped() throws Exception {
        String first = publishMemberJoined();
        assertThat(ids(run("kcat-group"))).contains(first);

        String second = publishMemberJoined();
        assertThat(ids(run("kcat-group"))).contains(second).doesNotContain(first);
    }

    @Test
    void printsHeadersAndPayloadAsText() throws Exception {
        String memberId = "m-" + UUID.randomUUID().toString().substring(0, 8);
        String id = members.publish(MemberEvents.MEMBER_JOINED, memberId, 1, PublishedEvents.memberJoined(memberId));

        assertThat(run("kcat-format")).contains("key " + memberId).contains("ce_id=" + id)
                .contains("payload: {\"memberId\":\"" + memberId + "\"");
    }

    @Test
    void publishesTheDocumentedCourseAnnouncementWithItsHeaders() throws Exception {
        try (TopicReader inbound = TopicReader.startingNow(bootstrap, Topics.PARTNERS_INBOUND + ".zuyd")) {
            run("kcat-produce");

            ConsumerRecord<String, byte[]> record = inbound.await(r -> "crs-2026-lw-01".equals(r.key()),
                    Duration.ofSeconds(30));
            Map<String, String> headers = new HashMap<>();
            for (Header header : record.headers()) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
            assertThat(headers).containsEntry("ce_source", "/partners/zuyd")
                    .containsEntry("ce_type", PartnerEvents.COURSE_ANNOUNCED.type())
                    .containsEntry("ce_dataschema", PartnerEvents.COURSE_ANNOUNCED.schemaId())
                    .containsEntry("ce_subject", "crs-2026-lw-01")
                    .containsEntry("content-type", "application/json")
                    .containsEntry("ce_specversion", "1.0");
            assertThat(UUID.fromString(headers.get("ce_id"))).isNotNull();
            assertThat(java.time.Instant.parse(headers.get("ce_time"))).isNotNull();
            // the page's example payload is what the contract declares, exactly
            assertThat(EventSchemas.publishViolations(headers.get("ce_type"), record.value())).isEmpty();
        }
    }

    @Test
    void showsWhatTheGatewayRefusedWithTheReason() throws Exception {
        String key = "crs-refused-" + UUID.randomUUID().toString().substring(0, 8);
        // a refusal as the gateway writes it: the partner's record unchanged, plus the reason headers
        try (org.apache.kafka.clients.producer.KafkaProducer<String, String> gateway =
                new org.apache.kafka.clients.producer.KafkaProducer<>(Map.of("bootstrap.servers", bootstrap),
                        new org.apache.kafka.common.serialization.StringSerializer(),
                        new org.apache.kafka.common.serialization.StringSerializer())) {
            var letter = new org.apache.kafka.clients.producer.ProducerRecord<>(
                    Topics.deadLetter(Topics.PARTNERS_INBOUND + ".zuyd"), key, "{\"courseId\":\"" + key + "\"}");
            letter.headers().add("ce_type", PartnerEvents.COURSE_ANNOUNCED.type().getBytes(StandardCharsets.UTF_8));
            letter.headers().add("x-dead-letter-reason", "schema-invalid".getBytes(StandardCharsets.UTF_8));
            letter.headers().add("x-dead-letter-detail", "$.title: required".getBytes(StandardCharsets.UTF_8));
            gateway.send(letter).get(30, java.util.concurrent.TimeUnit.SECONDS);
        }

        assertThat(run("kcat-refusals")).contains("refused " + key + " at ")
                .contains("x-dead-letter-reason=schema-invalid").contains("x-dead-letter-detail=$.title: required");
    }

    private String publishMemberJoined() {
        String memberId = "m-" + UUID.randomUUID().toString().substring(0, 8);
        return members.publish(MemberEvents.MEMBER_JOINED, memberId, 1, PublishedEvents.memberJoined(memberId));
    }

    private String run(String block) throws Exception {
        return docs.run(block, workDir, List.of("bootstrap.servers=" + bootstrap));
    }

    private static List<String> ids(String kcatJsonOutput) {
        return jsonLines(kcatJsonOutput).stream().map(record -> headers(record).get("ce_id"))
                .filter(java.util.Objects::nonNull).toList();
    }
}
