package nl.talentcharter.examples.partnerconsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.talentcharter.contracts.Topics;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.contracts.pools.PoolEvents;
import nl.talentcharter.testkit.TestInfrastructure;
import nl.talentcharter.testkit.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example consumer against the real broker of test-kit, with events published as the platform publishes
 * them and schemas served over HTTP as the partner gateway serves them. Topics are the real public topics;
 * each test has its own group and its own subjects, and looks only at the events it published.
 */
class PartnerConsumerTest {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final List<String> TOPICS = List.of(Topics.MEMBERS, Topics.POOLS);

    private static String bootstrap;
    private static PublishedEvents publisher;
    private static SchemaServer schemaServer;

    @BeforeAll
    static void start() {
        bootstrap = TestInfrastructure.get().kafkaBootstrapServers();
        TOPICS.forEach(topic -> TopicReader.ensureTopic(bootstrap, topic, 3));
        publisher = new PublishedEvents(bootstrap);
        schemaServer = new SchemaServer();
    }

    @AfterAll
    static void stop() {
        publisher.close();
        schemaServer.close();
    }

    @Test
    void handsOnValidEventsAndReportsInvalidOnesWithTheReason() throws Exception {
        String memberId = "m-" + UUID.randomUUID().toString().substring(0, 8);
        String poolId = UUID.randomUUID().toString();
        String joined = publisher.publish(MemberEvents.MEMBER_JOINED, memberId, 1, PublishedEvents.memberJoined(memberId));
        String formed = publisher.publish(PoolEvents.POOL_FORMED, poolId, 1, PublishedEvents.poolFormed(poolId));
        String withoutProfile = publisher.publishRaw(MemberEvents.MEMBER_JOINED, memberId, 2,
                ("{\"memberId\":\"" + memberId + "\",\"membershipPeriod\":1,\"joinedOn\":\"2026-03-01\"}")
                        .getBytes(StandardCharsets.UTF_8));
        String notJson = publisher.publishRaw(PoolEvents.POOL_FORMED, poolId, 2,
                "pool formed!".getBytes(StandardCharsets.UTF_8));
        String marker = "no-cloudevent-" + UUID.randomUUID();
        publisher.publishWithoutHeaders(Topics.MEMBERS, memberId, marker);

        SchemaCatalog schemas = new SchemaCatalog(SchemaSource.of(schemaServer.baseUrl()));
        try (RunningConsumer consumer = new RunningConsumer(bootstrap, "uwv.test-" + UUID.randomUUID(), TOPICS,
                schemas)) {
            await().atMost(WITHIN).until(() -> consumer.handledIds().containsAll(List.of(joined, formed))
                    && consumer.reportedIds().containsAll(List.of(withoutProfile, notJson))
                    && consumer.reported.stream().anyMatch(r -> r.id() == null && r.position().topic().equals(Topics.MEMBERS)));

            ReceivedEvent member = only(consumer.handled, joined);
            assertThat(member.type()).isEqualTo(PublishedEvents.memberJoinedType());
            assertThat(member.source()).isEqualTo("/talentcharter/members");
            assertThat(member.subject()).isEqualTo(memberId);
            assertThat(member.sequence()).isEqualTo("1");
            assertThat(member.dataSchema()).isEqualTo("https://talentcharter.nl/schemas/members/member-joined.v1.json");
            assertThat(member.data().get("profile").get("location").get("region").asString()).isEqualTo("NOORD_LIMBURG");
            assertThat(only(consumer.handled, formed).type()).isEqualTo(PublishedEvents.poolFormedType());

            assertThat(consumer.handledIds()).doesNotContain(withoutProfile, notJson);
            assertThat(reported(consumer, withoutProfile).problems()).anySatisfy(p -> assertThat(p).contains("profile"));
            assertThat(reported(consumer, notJson).problems()).singleElement().asString().contains("not JSON");
        }

        // fetched once each, however many events used them; $refs follow the same way
        assertThat(schemaServer.requests()).containsEntry("/schemas/members/member-joined.v1.json", 1)
                .containsEntry("/schemas/members/definitions.v1.json", 1)
                .containsEntry("/schemas/common/vocabulary.v1.json", 1)
                .containsEntry("/schemas/pools/pool-formed.v1.json", 1);
    }

    @Test
    void aRestartedConsumerGoesOnWhereItsGroupCommittedWithoutHandlingAnythingTwice() throws Exception {
        // one subject: one partition, so order tells what a restarted consumer would have re-read
        String memberId = "m-" + UUID.randomUUID().toString().substring(0, 8);
        String group = "uwv.test-" + UUID.randomUUID();
        SchemaCatalog schemas = new SchemaCatalog(SchemaSource.of("classpath:schemas/"));
        String first = publisher.publish(MemberEvents.MEMBER_JOINED, memberId, 1, PublishedEvents.memberJoined(memberId));
        String invalid = publisher.publishRaw(MemberEvents.MEMBER_JOINED, memberId, 2, "{}".getBytes(StandardCharsets.UTF_8));
        String second = publisher.publish(MemberEvents.MEMBER_JOINED, memberId, 3, PublishedEvents.memberJoined(memberId));

        try (RunningConsumer before = new RunningConsumer(bootstrap, group, TOPICS, schemas)) {
            await().atMost(WITHIN).until(() -> before.handledIds().containsAll(List.of(first, second)));
            assertThat(before.reportedIds()).contains(invalid);
        }

        String afterRestart = publisher.publish(MemberEvents.MEMBER_JOINED, memberId, 4,
                PublishedEvents.memberJoined(memberId));
        try (RunningConsumer after = new RunningConsumer(bootstrap, group, TOPICS, schemas)) {
            await().atMost(WITHIN).until(() -> after.handledIds().contains(afterRestart));
            assertThat(after.handledIds()).doesNotContain(first, second);
            assertThat(after.reportedIds()).doesNotContain(invalid);
        }
    }

    @Test
    void aHandlerThatFailsStopsTheConsumerAndTheEventComesAgainAfterARestart() throws Exception {
        String memberId = "m-" + UUID.randomUUID().toString().substring(0, 8);
        String group = "uwv.test-" + UUID.randomUUID();
        SchemaCatalog schemas = new SchemaCatalog(SchemaSource.of("classpath:schemas/"));
        String applied = publisher.publish(MemberEvents.MEMBER_JOINED, memberId, 1, PublishedEvents.memberJoined(memberId));
        String failing = publisher.publish(MemberEvents.MEMBER_JOINED, memberId, 2, PublishedEvents.memberJoined(memberId));

        try (RunningConsumer broken = new RunningConsumer(bootstrap, group, TOPICS, schemas, event -> {
            if (event.id().equals(failing)) {
                throw new IllegalStateException("the partner's database is down");
            }
        })) {
            await().atMost(WITHIN).until(broken::isDone);
            assertThat(broken.failure()).isInstanceOf(PartnerConsumer.HandlerFailedException.class)
                    .hasRootCauseMessage("the partner's database is down");
            assertThat(broken.handledIds()).contains(applied).doesNotContain(failing);
        }

        try (RunningConsumer repaired = new RunningConsumer(bootstrap, group, TOPICS, schemas)) {
            await().atMost(WITHIN).until(() -> repaired.handledIds().contains(failing));
            assertThat(repaired.handledIds()).doesNotContain(applied);
        }
    }

    @Test
    void anUnreachableSchemaServerStopsTheConsumerAndTheEventIsValidatedAfterARestart() throws Exception {
        String memberId = "m-" + UUID.randomUUID().toString().substring(0, 8);
        String group = "uwv.test-" + UUID.randomUUID();
        String event = publisher.publish(MemberEvents.MEMBER_JOINED, memberId, 1, PublishedEvents.memberJoined(memberId));
        SchemaCatalog unreachable = new SchemaCatalog(SchemaSource.http(java.net.URI.create("http://127.0.0.1:9/schemas/")));

        try (RunningConsumer down = new RunningConsumer(bootstrap, group, TOPICS, unreachable)) {
            await().atMost(WITHIN).until(down::isDone);
            assertThat(down.failure()).isInstanceOf(SchemaUnavailableException.class);
            assertThat(down.handledIds()).isEmpty();
            assertThat(down.reportedIds()).doesNotContain(event);
        }

        try (SchemaServer back = new SchemaServer(); RunningConsumer up = new RunningConsumer(bootstrap, group, TOPICS,
                new SchemaCatalog(SchemaSource.of(back.baseUrl())))) {
            await().atMost(WITHIN).until(() -> up.handledIds().contains(event));
        }
    }

    private static ReceivedEvent only(List<ReceivedEvent> events, String id) {
        return events.stream().filter(e -> id.equals(e.id())).reduce((a, b) -> {
            throw new AssertionError("handled twice: " + id);
        }).orElseThrow();
    }

    private static InvalidEvent reported(RunningConsumer consumer, String id) {
        return consumer.reported.stream().filter(r -> id.equals(r.id())).findFirst().orElseThrow();
    }
}
