package nl.talentcharter.pools.it;

import static nl.talentcharter.testkit.TopicReader.eachEventOnce;
import static nl.talentcharter.testkit.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import nl.talentcharter.contracts.EventType;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.contracts.members.MemberJoined;
import nl.talentcharter.contracts.members.MemberLocation;
import nl.talentcharter.contracts.members.MemberProfile;
import nl.talentcharter.contracts.members.MembershipSuspended;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Country;
import nl.talentcharter.contracts.vocabulary.OrganisationKind;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.talentcharter.contracts.EventSchemas;
import nl.talentcharter.contracts.Topics;
import nl.talentcharter.pools.PoolsApplication;
import nl.talentcharter.pools.domain.matching.ProposedMatch;
import nl.talentcharter.pools.domain.request.TalentRequest;
import nl.talentcharter.pools.persistence.MatchingRunLease;
import nl.talentcharter.pools.persistence.PoolsStore;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pools service from the outside: the real application on the JVM's real broker and store, driven over
 * HTTP with signed tokens, its topic read like any consumer reads it.
 */
@SpringBootTest(classes = PoolsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eventkit.relay.sweep-interval=1s",
                // the tests see a crashed run's half state and call the completion themselves
                "pools.run-completion-interval=1h", "pools.run-completion-initial-delay=1h"})
@RealInfrastructure
class PoolsStoryTest extends HttpIntegrationTest {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Acts as the members service and as the partners whose referrals the gateway relays. */
    @RegisterExtension
    static final CloudEventPublisher OTHER_SERVICES = CloudEventPublisher.onSharedBroker(EventSchemas::requirePublishable);
    static final String FORKLIFT = "http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da";
    static final String PICKING = "http://data.europa.eu/esco/skill/b01c93a8-43b0-4cf6-81c8-68a4f2ed93d9";
    static final String WMS = "http://data.europa.eu/esco/skill/7c821387-b428-4f75-b5a7-7b038aa81cfd";
    static final String OPERATOR_OCCUPATION = "http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755";
    static final LocalDate START = LocalDate.now().plusDays(30);
    static final LocalDate END = START.plusDays(60);

    @Autowired
    MongoTemplate mongo;
    @Autowired
    PoolsStore store;
    @Autowired
    MatchingRunLease lease;
    @Autowired
    nl.talentcharter.pools.persistence.PoolEventOutbox outbox;
    @Autowired
    nl.talentcharter.pools.persistence.PersonVault vault;
    @Autowired
    JsonMapper json;
    @Autowired
    nl.talentcharter.pools.domain.esco.EscoCatalogue esco;
    @Autowired
    nl.talentcharter.pools.persistence.MemberDirectory directory;
    @Autowired
    java.time.Clock clock;
    @Autowired
    nl.talentcharter.pools.application.MembersLeavingPools leaving;
    @Autowired
    nl.talentcharter.pools.application.InterruptedRunCompletion completion;
    @Autowired
    org.springframework.scheduling.config.ScheduledTaskHolder scheduledTasks;

    @BeforeAll
    static void topic() {
        TopicReader.ensureTopic(TestInfrastructure.get().kafkaBootstrapServers(), Topics.POOLS, 3);
        TopicReader.ensureTopic(TestInfrastructure.get().kafkaBootstrapServers(), Topics.MEMBERS, 3);
        TopicReader.ensureTopic(TestInfrastructure.get().kafkaBootstrapServers(), Topics.PARTNERS_INBOUND, 3);
    }

    @Test
    void offerRequestMatchingRunProposalWithExplanationAndSchemaValidEvents() {
        try (TopicReader topic = TopicReader.startingNow(TestInfrastructure.get().kafkaBootstrapServers(), Topics.POOLS)) {
            String offering = member();
            String requesting = member();
            String poolId = pool(offering, requesting);
            String name = "Jana Offermans-" + UUID.randomUUID();
            String personId = offer(poolId, TestTokens.member(offering), name, Map.of(FORKLIFT, 3, PICKING, 2),
                    List.of(Map.of("name", "forklift", "expiresOn", END.plusYears(1).toString())), true).path("personId").asString();
            String requestId = request(poolId, requesting, List.of(Map.of("skill", FORKLIFT, "level", 2)),
                    List.of("forklift"), START, END).json().path("requestId").asString();

            Reply run = post("/pools/" + poolId + "/matching-runs", TestTokens.operator(), null);

            assertThat(run.status()).as(run.body()).isEqualTo(201);
            JsonNode result = run.json();
            assertThat(result.path("inputFingerprint").asString()).matches("[0-9a-f]{64}");
            assertThat(result.path("matches")).hasSize(1);
            JsonNode match = result.path("matches").get(0);
            assertThat(match.path("personId").asString()).isEqualTo(personId);
            assertThat(match.path("requestId").asString()).isEqualTo(requestId);
            assertThat(match.path("explanation").values().stream().map(JsonNode::asString).toList())
                    .anyMatch(line -> line.startsWith("Rule held (required skills): has every required skill: operate forklift at level 3"))
                    .anyMatch(line -> line.startsWith("Rule held (certificates): certificates valid for the whole period: forklift valid until"))
                    .anyMatch(line -> line.startsWith("Total score "));
            assertThat(result.path("fairness").values().stream().map(r -> r.path("dimension").asString() + "="
                    + r.path("group").asString() + ":" + r.path("placed").asInt()).toList())
                    .contains("region=NOORD_LIMBURG:1", "crossBorder=false:1");

            Reply seenByRequester = get("/requests/" + requestId, TestTokens.member(requesting));
            assertThat(seenByRequester.status()).isEqualTo(200);
            assertThat(seenByRequester.json().path("proposals").get(0).path("personId").asString()).isEqualTo(personId);
            assertThat(seenByRequester.body()).doesNotContain(name);

            List<ConsumerRecord<String, byte[]>> events = topic.awaitDistinctEvents(r -> Set.of(poolId, personId, requestId)
                    .contains(r.key()), 6, TIMEOUT);
            Map<String, String> typeBySubject = eachEventOnce(events).stream().collect(Collectors.toMap(
                    r -> header(r, "ce_type"), ConsumerRecord::key, (a, b) -> a));
            assertThat(typeBySubject).containsEntry("nl.talentcharter.pools.pool-formed.v1", poolId)
                    .containsEntry("nl.talentcharter.pools.member-joined-pool.v1", poolId)
                    .containsEntry("nl.talentcharter.pools.talent-offered.v1", personId)
                    .containsEntry("nl.talentcharter.pools.talent-requested.v1", requestId)
                    .containsEntry("nl.talentcharter.pools.match-proposed.v1", requestId);
            for (ConsumerRecord<String, byte[]> event : events) {
                assertThat(EventSchemas.publishViolations(header(event, "ce_type"), event.value())).isEmpty();
                assertThat(new String(event.value(), StandardCharsets.UTF_8)).doesNotContain(name).doesNotContain("@example");
            }
        }
    }

    @Test
    void aProposalAcceptedByBothSidesIsAPlacementAndOnlyThenShowsContactDetails() {
        try (TopicReader topic = TopicReader.startingNow(TestInfrastructure.get().kafkaBootstrapServers(), Topics.POOLS)) {
            String offering = member();
            String requesting = member();
            String poolId = pool(offering, requesting);
            String name = "Pim Plaatsing-" + UUID.randomUUID();
            String personId = offer(poolId, TestTokens.member(offering), name, Map.of(PICKING, 2), List.of(), true)
                    .path("personId").asString();
            String requestId = request(poolId, requesting, List.of(Map.of("skill", PICKING, "level", 1)), List.of(), START, END)
                    .json().path("requestId").asString();
            String matchId = post("/pools/" + poolId + "/matching-runs", TestTokens.operator(), null).json()
                    .path("matches").get(0).path("matchId").asString();
            String base = "/requests/" + requestId + "/matches/" + matchId;

            assertThat(get(base + "/contact", TestTokens.member(requesting)).problem(409)).isNotNull();
            assertThat(post(base + "/acceptance", TestTokens.member(UUID.randomUUID().toString()), null).problem(403)).isNotNull();
            Reply byRequester = post(base + "/acceptance", TestTokens.member(requesting), null);
            assertThat(byRequester.status()).as(byRequester.body()).isEqualTo(200);
            assertThat(byRequester.json().path("status").asString()).isEqualTo("PROPOSED");
            assertThat(get(base + "/contact", TestTokens.member(requesting)).problem(409)).isNotNull();
            Reply byOfferer = post(base + "/acceptance", TestTokens.member(offering), null);
            assertThat(byOfferer.json().path("status").asString()).isEqualTo("CONFIRMED");

            Reply contact = get(base + "/contact", TestTokens.member(requesting));
            assertThat(contact.status()).as(contact.body()).isEqualTo(200);
            assertThat(contact.json().path("name").asString()).isEqualTo(name);
            assertThat(contact.json().path("email").asString()).isEqualTo("erika@example.org");

            assertThat(post(base + "/end", TestTokens.member(requesting), "{\"reason\": \" \"}").problem(400)).isNotNull();
            Reply ended = post(base + "/end", TestTokens.member(requesting), "{\"reason\": \"Season over.\"}");
            assertThat(ended.status()).as(ended.body()).isEqualTo(200);
            assertThat(ended.json().path("proposals").get(0).path("status").asString()).isEqualTo("ENDED");

            List<ConsumerRecord<String, byte[]>> events = topic.awaitCount(r -> requestId.equals(r.key())
                    && Set.of("nl.talentcharter.pools.placement-confirmed.v1", "nl.talentcharter.pools.placement-ended.v1")
                    .contains(header(r, "ce_type")), 2, TIMEOUT);
            for (ConsumerRecord<String, byte[]> event : events) {
                assertThat(EventSchemas.publishViolations(header(event, "ce_type"), event.value())).isEmpty();
                assertThat(new String(event.value(), StandardCharsets.UTF_8)).contains(personId).doesNotContain(name);
            }
        }
    }

    @Test
    void aDeclinedProposalFreesThePersonAndReopensThePositionAndAnOperatorOverrulesARun() {
        try (TopicReader topic = TopicReader.startingNow(TestInfrastructure.get().kafkaBootstrapServers(), Topics.POOLS)) {
            String offering = member();
            String requesting = member();
            String poolId = pool(offering, requesting);
            String anna = offer(poolId, TestTokens.member(offering), "Anna Afwijzing", Map.of(PICKING, 2), List.of(), true)
                    .path("personId").asString();
            String firstRequest = request(poolId, requesting, List.of(Map.of("skill", PICKING, "level", 1)), List.of(), START, END)
                    .json().path("requestId").asString();
            JsonNode firstRun = post("/pools/" + poolId + "/matching-runs", TestTokens.operator(), null).json();
            String declinedMatch = firstRun.path("matches").get(0).path("matchId").asString();
            String base = "/requests/" + firstRequest + "/matches/" + declinedMatch;

            assertThat(post(base + "/decline", TestTokens.member(offering), "{\"reason\": \" \"}").problem(400)).isNotNull();
            assertThat(post(base + "/decline", TestTokens.member(UUID.randomUUID().toString()), "{\"reason\": \"no\"}")
                    .problem(403)).isNotNull();
            Reply declined = post(base + "/decline", TestTokens.member(offering), "{\"reason\": \"Started elsewhere.\"}");
            assertThat(declined.status()).as(declined.body()).isEqualTo(200);
            assertThat(declined.json().path("status").asString()).isEqualTo("DECLINED");
            assertThat(declined.json().path("declinedBy").asString()).isEqualTo("OFFERING_PARTY");
            assertThat(post(base + "/decline", TestTokens.member(requesting), "{\"reason\": \"again\"}").problem(409)
                    .path("type").asString()).endsWith("/placement-not-proposed");
            assertThat(post(base + "/acceptance", TestTokens.member(requesting), null).problem(409)).isNotNull();

            // Anna is available again, but not for the request she was declined for; its position is open again
            String bram = offer(poolId, TestTokens.member(offering), "Bram Beoordeling", Map.of(PICKING, 2), List.of(), true)
                    .path("personId").asString();
            String secondRequest = request(poolId, requesting, List.of(Map.of("skill", PICKING, "level", 1)), List.of(), START, END)
                    .json().path("requestId").asString();
            JsonNode secondRun = post("/pools/" + poolId + "/matching-runs", TestTokens.operator(), null).json();
            Map<String, String> proposed = secondRun.path("matches").values().stream().collect(Collectors.toMap(
                    m -> m.path("requestId").asString(), m -> m.path("personId").asString()));
            assertThat(proposed).containsExactlyInAnyOrderEntriesOf(Map.of(firstRequest, bram, secondRequest, anna));

            String runId = secondRun.path("runId").asString();
            String overruledMatch = secondRun.path("matches").values().stream()
                    .filter(m -> m.path("personId").asString().equals(bram)).findFirst().orElseThrow().path("matchId").asString();
            String overruling = "/matching-runs/" + runId + "/matches/" + overruledMatch + "/overruling";
            assertThat(post(overruling, TestTokens.member(requesting), "{\"reason\": \"mine\"}").problem(403)).isNotNull();
            assertThat(post("/matching-runs/" + runId + "/matches/" + UUID.randomUUID() + "/overruling", TestTokens.operator(),
                    "{\"reason\": \"unknown\"}").problem(404)).isNotNull();
            Reply overruled = post(overruling, TestTokens.operator(), "{\"reason\": \"Certificate register was outdated.\"}");
            assertThat(overruled.status()).as(overruled.body()).isEqualTo(200);
            assertThat(overruled.json().path("status").asString()).isEqualTo("OVERRULED");

            Reply log = get("/matching-runs/" + runId + "/review-log", TestTokens.operator());
            assertThat(log.status()).as(log.body()).isEqualTo(200);
            assertThat(log.json().values().stream().map(e -> e.path("personId").asString() + ":" + e.path("status").asString()
                    + ":" + e.path("declinedBy").asString() + ":" + e.path("declineReason").asString()).toList())
                    .containsExactlyInAnyOrder(bram + ":OVERRULED:OPERATOR:Certificate register was outdated.",
                            anna + ":PROPOSED::");
            assertThat(get("/matching-runs/" + runId + "/review-log", TestTokens.member(requesting)).problem(403)).isNotNull();

            List<ConsumerRecord<String, byte[]>> events = topic.awaitDistinctEvents(r -> Set.of(firstRequest).contains(r.key())
                    && "nl.talentcharter.pools.match-declined.v1".equals(header(r, "ce_type")), 2, TIMEOUT);
            assertThat(events.stream().map(e -> JSON.readTree(e.value()).path("declinedBy").asString()).toList())
                    .containsExactlyInAnyOrder("OFFERING_PARTY", "OPERATOR");
            for (ConsumerRecord<String, byte[]> event : events) {
                assertThat(EventSchemas.publishViolations(header(event, "ce_type"), event.value())).isEmpty();
                assertThat(new String(event.value(), StandardCharsets.UTF_8)).doesNotContain("Anna").doesNotContain("Bram");
            }
        }
    }

    @Test
    void aRunThatCrashesHalfwayLeavesItsIntentAndTheNextRunCompletesItWithoutProposingAnyoneTwice() {
        try (TopicReader topic = TopicReader.startingNow(TestInfrastructure.get().kafkaBootstrapServers(), Topics.POOLS)) {
            CrashedRun crashed = aRunThatCrashesWhileWritingItsSecondRequest();

            Reply next = post("/pools/" + crashed.poolId() + "/matching-runs", TestTokens.operator(), null);

            assertThat(next.status()).as(next.body()).isEqualTo(201);
            assertThat(next.json().path("matches")).as("both people are taken by the completed run").isEmpty();
            assertCompletedExactlyOnce(crashed, topic);
        }
    }

    @Test
    void aRunThatCrashesHalfwayIsCompletedWithoutAnotherRunOnceThePoolsLeaseIsFree() {
        try (TopicReader topic = TopicReader.startingNow(TestInfrastructure.get().kafkaBootstrapServers(), Topics.POOLS)) {
            CrashedRun crashed = aRunThatCrashesWhileWritingItsSecondRequest();
            // as if the crashed run's instance still held the lease: the completion leaves the pool alone
            MatchingRunLease.Hold crashedRunsHold = lease.take(crashed.poolId(), clock.instant()).orElseThrow();

            assertThat(completion.completeInterruptedRuns()).doesNotContain(crashed.runId());

            assertThat(proposalsSeenByTheRequester(crashed)).as("still half applied while the lease is held").hasSize(1);

            lease.release(crashedRunsHold, clock.instant()); // the lease expired, or its run ended
            assertThat(completion.completeInterruptedRuns()).contains(crashed.runId());

            assertCompletedExactlyOnce(crashed, topic);
            assertThat(completion.completeInterruptedRuns()).as("nothing left to complete").doesNotContain(crashed.runId());
        }
    }

    @Test
    void aPersonWithdrawnBeforeTheCompletionIsNotProposedAfterAll() {
        try (TopicReader topic = TopicReader.startingNow(TestInfrastructure.get().kafkaBootstrapServers(), Topics.POOLS)) {
            CrashedRun crashed = aRunThatCrashesWhileWritingItsSecondRequest();
            String proposed = proposalsSeenByTheRequester(crashed).get(0).split(":")[1];
            String notYetProposed = crashed.people().stream().filter(p -> !p.equals(proposed)).findFirst().orElseThrow();
            Reply withdrawn = post("/talent/" + notYetProposed + "/withdrawal", TestTokens.operator(),
                    "{\"reason\": \"found a job elsewhere\"}");
            assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);

            assertThat(completion.completeInterruptedRuns()).contains(crashed.runId());

            assertThat(get("/matching-runs/" + crashed.runId(), TestTokens.operator()).json().path("applied").asBoolean()).isTrue();
            assertThat(proposalsSeenByTheRequester(crashed)).map(p -> p.split(":")[1]).containsExactly(proposed);
            List<ConsumerRecord<String, byte[]>> proposals = topic.awaitDistinctEvents(r -> crashed.requests().contains(r.key())
                    && "nl.talentcharter.pools.match-proposed.v1".equals(header(r, "ce_type")), 1, TIMEOUT);
            assertThat(proposals).map(e -> JSON.readTree(e.value()).path("personId").asString()).containsExactly(proposed);
            Reply nextRun = post("/pools/" + crashed.poolId() + "/matching-runs", TestTokens.operator(), null);
            assertThat(nextRun.status()).as(nextRun.body()).isEqualTo(201);
            assertThat(nextRun.json().path("matches")).as("the withdrawn person is not matched, the other one is taken").isEmpty();
        }
    }

    @Test
    void theCompletionOfInterruptedRunsIsScheduledEveryConfiguredInterval() {
        // this class sets the interval and the first run to an hour, so the tests above see the half state
        assertThat(scheduledTasks.getScheduledTasks()).map(ScheduledTask::getTask)
                .filteredOn(FixedDelayTask.class::isInstance).map(FixedDelayTask.class::cast)
                .anySatisfy(task -> {
                    assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofHours(1));
                    assertThat(task.getInitialDelayDuration()).isEqualTo(Duration.ofHours(1));
                    assertThat(task.getRunnable().toString()).contains("InterruptedRunCompletion");
                });
    }

    record CrashedRun(String poolId, String requesting, List<String> people, List<String> requests, String runId, List<String> matchIds) {
    }

    /** Two people, two requests, and a run whose process "dies" when it writes the second request. */
    CrashedRun aRunThatCrashesWhileWritingItsSecondRequest() {
        String offering = member();
        String requesting = member();
        String poolId = pool(offering, requesting);
        List<String> people = List.of(
                offer(poolId, TestTokens.member(offering), "Cas Crash", Map.of(PICKING, 2), List.of(), true).path("personId").asString(),
                offer(poolId, TestTokens.member(offering), "Dewi Doorstart", Map.of(PICKING, 2), List.of(), true).path("personId").asString());
        List<String> requests = List.of(
                request(poolId, requesting, List.of(Map.of("skill", PICKING, "level", 1)), List.of(), START, END).json().path("requestId").asString(),
                request(poolId, requesting, List.of(Map.of("skill", PICKING, "level", 1)), List.of(), START, END).json().path("requestId").asString());
        // the real store, except that the process "dies" when the second request is being written
        java.util.concurrent.atomic.AtomicInteger requestWrites = new java.util.concurrent.atomic.AtomicInteger();
        PoolsStore crashing = new PoolsStore(mongo, outbox, vault, json) {
            @Override
            public void save(TalentRequest request) {
                if (requestWrites.incrementAndGet() == 2) {
                    throw new IllegalStateException("crash while applying the run");
                }
                super.save(request);
            }
        };
        nl.talentcharter.pools.application.PoolWork crashingWork = new nl.talentcharter.pools.application.PoolWork(
                crashing, esco, directory, lease, clock);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> crashingWork.match(poolId, "operator"))
                .hasMessageContaining("crash");

        List<Document> runs = mongo.getCollection("matching-runs").find(new Document("poolId", poolId)).into(new java.util.ArrayList<>());
        assertThat(runs).singleElement().satisfies(run -> {
            assertThat(run.getBoolean("applied")).isFalse();
            assertThat(run.getList("matches", Document.class)).hasSize(2);
        });
        CrashedRun crashed = new CrashedRun(poolId, requesting, people, requests, runs.get(0).getString("_id"),
                runs.get(0).getList("matches", Document.class).stream().map(m -> m.getString("matchId")).toList());
        assertThat(proposalsSeenByTheRequester(crashed))
                .as("half applied: one request has its proposal, the other not yet").hasSize(1);
        return crashed;
    }

    /** runId:personId:matchId of every proposal in the crashed run's requests, as the requesting member reads them. */
    List<String> proposalsSeenByTheRequester(CrashedRun crashed) {
        return crashed.requests().stream().flatMap(r -> {
            Reply seen = get("/requests/" + r, TestTokens.member(crashed.requesting()));
            assertThat(seen.status()).as(seen.body()).isEqualTo(200);
            return seen.json().path("proposals").values().stream();
        }).map(p -> p.path("runId").asString() + ":" + p.path("personId").asString() + ":" + p.path("matchId").asString())
                .toList();
    }

    /** Every match of the crashed run is in its request exactly once, and announced by exactly one MatchProposed. */
    void assertCompletedExactlyOnce(CrashedRun crashed, TopicReader topic) {
        assertThat(get("/matching-runs/" + crashed.runId(), TestTokens.operator()).json().path("applied").asBoolean()).isTrue();
        List<String> proposed = proposalsSeenByTheRequester(crashed);
        assertThat(proposed).hasSize(2);
        assertThat(proposed).map(p -> p.substring(0, p.lastIndexOf(':'))).containsExactlyInAnyOrder(
                crashed.runId() + ":" + crashed.people().get(0), crashed.runId() + ":" + crashed.people().get(1));
        assertThat(proposed).map(p -> p.substring(p.lastIndexOf(':') + 1)).containsExactlyInAnyOrderElementsOf(crashed.matchIds());
        List<ConsumerRecord<String, byte[]>> proposals = topic.awaitDistinctEvents(r -> crashed.requests().contains(r.key())
                && "nl.talentcharter.pools.match-proposed.v1".equals(header(r, "ce_type")), 2, TIMEOUT);
        assertThat(eachEventOnce(proposals)).map(e -> JSON.readTree(e.value()).path("matchId").asString())
                .as("one MatchProposed per match of the run").containsExactlyInAnyOrderElementsOf(crashed.matchIds());
    }

    @Test
    void aPartnersReferralIsOfferedOnceWithThePartnersDeskAsContactAndARefusedOneIsADeadLetter() {
        String dlqTopic = Topics.PARTNERS_INBOUND + ".dlq";
        TopicReader.ensureTopic(TestInfrastructure.get().kafkaBootstrapServers(), dlqTopic, 1);
        try (TopicReader deadLetters = TopicReader.startingNow(TestInfrastructure.get().kafkaBootstrapServers(), dlqTopic)) {
            String poolId = pool(member());
            String reference = "UWV-" + UUID.randomUUID().toString().substring(0, 8);
            String eventId = UUID.randomUUID().toString();
            publishReferral(eventId, referral(poolId, reference, PICKING));
            publishReferral(eventId, referral(poolId, reference, PICKING)); // the same event delivered twice
            String marker = "UWV-" + UUID.randomUUID().toString().substring(0, 8);
            publishReferral(UUID.randomUUID().toString(), referral(poolId, marker, FORKLIFT)); // same key: after both

            await().atMost(TIMEOUT).until(() -> get("/pools/" + poolId + "/talent", TestTokens.operator()).json().values()
                    .stream().anyMatch(t -> get("/talent/" + t.path("personId").asString(), TestTokens.operator()).body()
                            .contains(marker)));
            List<JsonNode> offered = get("/pools/" + poolId + "/talent", TestTokens.operator()).json().values().stream().toList();
            assertThat(offered).as("one person per referral, the repeated delivery added nobody").hasSize(2);
            assertThat(offered).allSatisfy(t -> assertThat(t.path("offeredBy").asString()).isEqualTo("partner:uwv"));
            JsonNode person = offered.stream().map(t -> get("/talent/" + t.path("personId").asString(), TestTokens.operator()).json())
                    .filter(p -> p.path("person").path("name").asString().contains(reference)).findFirst().orElseThrow().path("person");
            assertThat(person.path("name").asString()).isEqualTo("reference " + reference + " at uwv");
            assertThat(person.path("email").isNull() || person.path("email").isMissingNode()).isTrue();
            assertThat(person.path("contactDesk").asString()).isEqualTo("UWV Werkgeversservicepunt Noord-Limburg");

            String unknownSkill = "http://data.europa.eu/esco/skill/not-in-the-catalogue";
            String refusedId = UUID.randomUUID().toString();
            publishReferral(refusedId, referral(poolId, "UWV-refused", unknownSkill));
            ConsumerRecord<String, byte[]> dead = deadLetters.await(r -> refusedId.equals(header(r, "ce_id")), Duration.ofSeconds(60));
            assertThat(header(dead, "x-dead-letter-reason")).isEqualTo("processing-failed");
            assertThat(get("/pools/" + poolId + "/talent", TestTokens.operator()).json()).hasSize(2);
        }
    }

    nl.talentcharter.contracts.partners.TalentReferred referral(String poolId, String reference, String skill) {
        return new nl.talentcharter.contracts.partners.TalentReferred(poolId, reference, OPERATOR_OCCUPATION, true, "Venlo",
                nl.talentcharter.contracts.vocabulary.Country.NL, Region.NOORD_LIMBURG, 51.3704, 6.1724, 30,
                List.of(new nl.talentcharter.contracts.partners.TalentReferred.Skill(skill, 2)),
                List.of(new nl.talentcharter.contracts.partners.TalentReferred.Language("nl",
                        nl.talentcharter.contracts.partners.CefrLevel.B2)),
                List.of(), List.of(new nl.talentcharter.contracts.partners.TalentReferred.Availability(START, END, 36)),
                "UWV Werkgeversservicepunt Noord-Limburg");
    }

    void publishReferral(String eventId, nl.talentcharter.contracts.partners.TalentReferred referral) {
        EventType<nl.talentcharter.contracts.partners.TalentReferred> type =
                nl.talentcharter.contracts.partners.PartnerEvents.TALENT_REFERRED;
        OTHER_SERVICES.event(Topics.PARTNERS_INBOUND, type.type(), "/partners/uwv").id(eventId)
                .subject(referral.poolId()).dataschema(type.schemaId()).json(referral).publish();
    }

    @Test
    void aMemberWhoseMembershipIsSuspendedCannotJoinAPoolOrRequestPeople() {
        String requesting = member();
        String poolId = pool(requesting);
        String suspended = member();
        publishMemberEvent(MemberEvents.MEMBERSHIP_SUSPENDED, suspended,
                new MembershipSuspended(suspended, 1, "fee unpaid", LocalDate.now()), 2);
        awaitMembership(suspended, "SUSPENDED");
        publishMemberEvent(MemberEvents.MEMBERSHIP_SUSPENDED, requesting,
                new MembershipSuspended(requesting, 1, "fee unpaid", LocalDate.now()), 2);
        awaitMembership(requesting, "SUSPENDED");

        // the suspended member left the pool on its own (MembersLeavingPools)
        await().atMost(TIMEOUT).until(() -> get("/pools/" + poolId, TestTokens.operator()).json().path("memberIds").isEmpty());

        assertThat(post("/pools/" + poolId + "/members", TestTokens.operator(), "{\"memberId\":\"" + suspended + "\"}")
                .problem(409).path("type").asString()).endsWith("/member-not-active");
        assertThat(request(poolId, requesting, List.of(Map.of("skill", PICKING, "level", 1)), List.of(), START, END)
                .problem(409).path("type").asString()).endsWith("/not-a-pool-member");
    }

    @Test
    void suspendedOrEndedMembersLeaveTheirPoolsTheirRequestsCloseAndTheirPeopleAreWithdrawn() {
        try (TopicReader topic = TopicReader.startingNow(TestInfrastructure.get().kafkaBootstrapServers(), Topics.POOLS)) {
            String offering = member();
            String requesting = member();
            String staying = member();
            String poolId = pool(offering, requesting, staying);
            String person = offer(poolId, TestTokens.member(offering), "Sanne Schorsing", Map.of(PICKING, 2), List.of(), true)
                    .path("personId").asString();
            String requestId = request(poolId, requesting, List.of(Map.of("skill", PICKING, "level", 1)), List.of(), START, END)
                    .json().path("requestId").asString();
            String runId = post("/pools/" + poolId + "/matching-runs", TestTokens.operator(), null).json().path("runId").asString();

            publishMemberEvent(MemberEvents.MEMBERSHIP_SUSPENDED, requesting,
                    new MembershipSuspended(requesting, 1, "fee unpaid", LocalDate.now()), 2);
            await().atMost(TIMEOUT).until(() -> !get("/pools/" + poolId, TestTokens.operator()).body().contains(requesting)
                    && get("/requests/" + requestId, TestTokens.operator()).json().path("closedReason").isString());
            JsonNode closed = get("/requests/" + requestId, TestTokens.operator()).json();
            assertThat(closed.path("proposals").get(0).path("status").asString()).isEqualTo("DECLINED");
            assertThat(closed.path("closedReason").asString()).contains("suspended");

            publishMemberEvent(MemberEvents.MEMBERSHIP_ENDED, offering,
                    new nl.talentcharter.contracts.members.MembershipEnded(offering, 1, "left the charter", LocalDate.now()), 2);
            await().atMost(TIMEOUT).until(() -> "WITHDRAWN".equals(get("/talent/" + person, TestTokens.operator()).json()
                    .path("talent").path("status").asString()));
            assertThat(get("/pools/" + poolId, TestTokens.operator()).json().path("memberIds").values().stream()
                    .map(JsonNode::asString).toList()).containsExactly(staying);

            // delivered again (e.g. after a crash before the offset was committed): nothing is written twice
            Map<String, Object> versions = versions(poolId, requestId, person);
            leaving.memberLeftTheCharter(requesting, "suspended");
            leaving.memberLeftTheCharter(offering, "ended");
            assertThat(versions(poolId, requestId, person)).isEqualTo(versions);

            List<ConsumerRecord<String, byte[]>> events = topic.awaitDistinctEvents(r -> Set.of(poolId, requestId, person)
                    .contains(r.key()) && Set.of("nl.talentcharter.pools.member-left-pool.v1",
                    "nl.talentcharter.pools.match-declined.v1", "nl.talentcharter.pools.talent-withdrawn.v1")
                    .contains(header(r, "ce_type")), 4, TIMEOUT);
            assertThat(eachEventOnce(events).stream().map(r -> header(r, "ce_type")).toList()).containsExactlyInAnyOrder(
                    "nl.talentcharter.pools.member-left-pool.v1", "nl.talentcharter.pools.member-left-pool.v1",
                    "nl.talentcharter.pools.match-declined.v1", "nl.talentcharter.pools.talent-withdrawn.v1");
            for (ConsumerRecord<String, byte[]> event : events) {
                assertThat(EventSchemas.publishViolations(header(event, "ce_type"), event.value())).isEmpty();
            }
            assertThat(get("/matching-runs/" + runId + "/review-log", TestTokens.operator()).json().get(0)
                    .path("declinedBy").asString()).isEqualTo("REQUESTING_MEMBER");
        }
    }

    private Map<String, Object> versions(String poolId, String requestId, String personId) {
        return Map.of("pool", mongo.getCollection("pools").find(new Document("_id", poolId)).first().get("version"),
                "request", mongo.getCollection("requests").find(new Document("_id", requestId)).first().get("version"),
                "talent", mongo.getCollection("talent").find(new Document("_id", personId)).first().get("version"));
    }

    @Test
    void aChangeMadeConcurrentlyIsRefusedNotOverwritten() {
        String requesting = member();
        String poolId = pool(requesting);
        String requestId = request(poolId, requesting, List.of(Map.of("skill", PICKING, "level", 1)), List.of(), START, END)
                .json().path("requestId").asString();
        TalentRequest first = store.request(requestId);
        TalentRequest second = store.request(requestId);
        first.propose(new ProposedMatch(requestId, requesting, UUID.randomUUID().toString(), 50, List.of("first")),
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), poolId, Instant.now());
        second.propose(new ProposedMatch(requestId, requesting, UUID.randomUUID().toString(), 60, List.of("second")),
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), poolId, Instant.now());

        store.save(first);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.save(second))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        assertThat(store.request(requestId).state().proposals()).extracting(p -> p.explanation().get(0))
                .containsExactly("first");
    }

    @Test
    void oneMatchingRunPerPoolAtATime() {
        String requesting = member();
        String poolId = pool(requesting);
        MatchingRunLease.Hold busy = lease.take(poolId, Instant.now()).orElseThrow();

        Reply whileBusy = post("/pools/" + poolId + "/matching-runs", TestTokens.operator(), null);
        lease.release(busy, Instant.now());
        Reply afterwards = post("/pools/" + poolId + "/matching-runs", TestTokens.operator(), null);

        assertThat(whileBusy.problem(409).path("type").asString()).endsWith("/matching-run-in-progress");
        assertThat(afterwards.status()).as(afterwards.body()).isEqualTo(201);
        MatchingRunLease.Hold after = lease.take(poolId, Instant.now()).orElseThrow(
                () -> new AssertionError("a finished run releases its lease"));
        lease.release(after, Instant.now());
    }

    @Test
    void aRunThatOutlivedItsLeaseDoesNotFreeTheLeaseAnotherRunTookOver() {
        String poolId = UUID.randomUUID().toString();
        Instant start = Instant.now();
        MatchingRunLease.Hold slow = lease.take(poolId, start).orElseThrow();
        Instant expired = start.plus(Duration.ofMinutes(6));
        MatchingRunLease.Hold next = lease.take(poolId, expired).orElseThrow(
                () -> new AssertionError("an expired lease is taken over"));

        lease.release(slow, expired.plusSeconds(1));

        assertThat(lease.take(poolId, expired.plusSeconds(2))).as("the slow run released nothing of the next run's lease")
                .isEmpty();
        lease.release(next, expired.plusSeconds(3));
        assertThat(lease.take(poolId, expired.plusSeconds(4))).as("its holder releases it").isPresent();
    }

    @Test
    void aPersonWhoWithdrewConsentIsNotMatched() {
        String offering = member();
        String requesting = member();
        String poolId = pool(offering, requesting);
        String personId = offer(poolId, TestTokens.member(offering), "Piet Peeters", Map.of(PICKING, 2), List.of(), true)
                .path("personId").asString();
        request(poolId, requesting, List.of(Map.of("skill", PICKING, "level", 1)), List.of(), START, END);

        Reply consent = put("/talent/" + personId + "/consent", TestTokens.member(offering), "{\"granted\": false}");
        Reply run = post("/pools/" + poolId + "/matching-runs", TestTokens.operator(), null);

        assertThat(consent.status()).as(consent.body()).isEqualTo(200);
        assertThat(run.json().path("matches")).isEmpty();
        assertThat(run.json().path("withoutConsent").asInt()).isEqualTo(1);
        assertThat(run.json().path("nearMisses")).isEmpty();
    }

    @Test
    void aNearMissSaysWhatWouldMakeThePersonEligible() {
        String offering = member();
        String requesting = member();
        String poolId = pool(offering, requesting);
        String personId = offer(poolId, TestTokens.member(offering), "Kim Kessels", Map.of(FORKLIFT, 3),
                List.of(Map.of("name", "forklift", "expiresOn", START.plusDays(10).toString())), true).path("personId").asString();
        request(poolId, requesting, List.of(Map.of("skill", FORKLIFT, "level", 2)), List.of("forklift"), START, END);

        JsonNode run = post("/pools/" + poolId + "/matching-runs", TestTokens.operator(), null).json();

        assertThat(run.path("matches")).isEmpty();
        assertThat(run.path("nearMisses")).hasSize(1);
        assertThat(run.path("nearMisses").get(0).path("personId").asString()).isEqualTo(personId);
        assertThat(run.path("nearMisses").get(0).path("wouldBeEligibleWith").asString())
                .isEqualTo("the forklift certificate expires on " + START.plusDays(10) + ", before the end of the period on "
                        + END + ": renew it");
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        String offering = member();
        String requesting = member();
        String poolId = pool(offering, requesting);
        long talentBefore = mongo.getCollection("talent").countDocuments();
        long requestsBefore = mongo.getCollection("requests").countDocuments();

        assertThat(request(poolId, requesting, List.of(), List.of(), START, END).problem(400).path("errors").get(0)
                .path("field").asString()).isEqualTo("requiredSkills");
        assertThat(request(poolId, requesting, List.of(Map.of("skill", FORKLIFT, "level", 2)), List.of(), END, START)
                .problem(400).path("errors").get(0).path("field").asString()).isEqualTo("periodEnd");
        assertThat(request(poolId, requesting, List.of(Map.of("skill", "http://data.europa.eu/esco/skill/nonsense", "level", 2)),
                List.of(), START, END).problem(400).path("detail").asString()).contains("unknown ESCO skill");
        assertThat(offerResponse(poolId, TestTokens.member(offering), "Expired Certificate", Map.of(FORKLIFT, 2),
                List.of(Map.of("name", "VCA", "expiresOn", LocalDate.now().minusDays(1).toString())), true)
                .problem(400).path("detail").asString()).contains("expired certificate cannot be presented as valid");
        assertThat(offerResponse(poolId, TestTokens.member(offering), "No Consent", Map.of(FORKLIFT, 2), List.of(), false)
                .problem(400).path("detail").asString()).startsWith("no consent, no matching");
        assertThat(offerResponse(poolId, TestTokens.member(offering), "Unknown Skill",
                Map.of("http://data.europa.eu/esco/skill/nonsense", 2), List.of(), true).problem(400)).isNotNull();

        assertThat(mongo.getCollection("talent").countDocuments()).isEqualTo(talentBefore);
        assertThat(mongo.getCollection("requests").countDocuments()).isEqualTo(requestsBefore);
    }

    @Test
    void erasureLeavesNoClearPersonalDataInTheStoreOrOnTheTopic() {
        try (TopicReader topic = TopicReader.startingNow(TestInfrastructure.get().kafkaBootstrapServers(), Topics.POOLS)) {
            String offering = member();
            String requesting = member();
            String poolId = pool(offering, requesting);
            String name = "Erika Erasmus-" + UUID.randomUUID();
            String personId = offer(poolId, TestTokens.member(offering), name, Map.of(PICKING, 2), List.of(), true)
                    .path("personId").asString();
            request(poolId, requesting, List.of(Map.of("skill", PICKING, "level", 1)), List.of(), START, END);
            assertThat(post("/pools/" + poolId + "/matching-runs", TestTokens.operator(), null).json().path("matches")).hasSize(1);
            assertThat(get("/talent/" + personId, TestTokens.member(offering)).body()).contains(name);

            Reply erased = send("DELETE", "/talent/" + personId, TestTokens.operator(), null, null);

            assertThat(erased.status()).as(erased.body()).isEqualTo(200);
            assertThat(get("/talent/" + personId, TestTokens.operator()).problem(404)).isNotNull();
            for (String collection : mongo.getCollectionNames()) {
                for (Document document : mongo.getCollection(collection).find()) {
                    String stored = document.toJson();
                    assertThat(stored).as(collection).doesNotContain(name).doesNotContain("erika@example.org")
                            .doesNotContain("+31 6 1234");
                }
            }
            assertThat(mongo.getCollection("person-keys").countDocuments(new Document("_id", personId))).isZero();
            List<ConsumerRecord<String, byte[]>> events = topic.awaitCount(r -> personId.equals(r.key())
                    && "nl.talentcharter.pools.person-erased.v1".equals(header(r, "ce_type")), 1, TIMEOUT);
            assertThat(events).isNotEmpty();
            // a replay from the beginning still reads: every event of the erased person is schema-valid, none has the name
            try (TopicReader replay = TopicReader.fromBeginning(TestInfrastructure.get().kafkaBootstrapServers(), Topics.POOLS)) {
                List<ConsumerRecord<String, byte[]>> all = replay.awaitCount(r -> personId.equals(r.key()), 2, TIMEOUT);
                all.forEach(r -> {
                    assertThat(EventSchemas.violations(header(r, "ce_type"), r.value())).isEmpty();
                    assertThat(new String(r.value(), StandardCharsets.UTF_8)).doesNotContain(name);
                });
            }
        }
    }

    @Test
    void accessPerRole() {
        String offering = member();
        String requesting = member();
        String stranger = member();
        String poolId = pool(offering, requesting);
        String personId = offer(poolId, TestTokens.member(offering), "Role Tester", Map.of(PICKING, 2), List.of(), true)
                .path("personId").asString();
        String requestId = request(poolId, requesting, List.of(Map.of("skill", PICKING, "level", 1)), List.of(), START, END)
                .json().path("requestId").asString();

        assertThat(get("/pools", null).problem(401)).isNotNull();
        assertThat(get("/pools", TestTokens.viewer()).problem(403)).isNotNull();
        assertThat(post("/pools/" + poolId + "/matching-runs", TestTokens.member(requesting), null).problem(403)).isNotNull();
        assertThat(post("/pools", TestTokens.member(requesting), "{\"name\":\"x\",\"sectors\":[\"CARE\"],\"regions\":[\"ZUID_LIMBURG\"]}")
                .problem(403)).isNotNull();
        assertThat(get("/requests/" + requestId, TestTokens.member(stranger)).problem(403)).isNotNull();
        assertThat(get("/talent/" + personId, TestTokens.member(requesting)).problem(403)).isNotNull();
        assertThat(send("DELETE", "/talent/" + personId, TestTokens.member(offering), null, null).problem(403)).isNotNull();
        assertThat(get("/pools/" + poolId + "/talent", TestTokens.member(requesting)).json()).isEmpty();
        assertThat(offerResponse(poolId, TestTokens.member(stranger), "Not In Pool", Map.of(PICKING, 2), List.of(), true)
                .problem(409)).isNotNull();

        Reply byPartner = offerResponse(poolId, TestTokens.partner("uwv-limburg", "pools"), "Via Uwv", Map.of(PICKING, 2),
                List.of(), true);
        assertThat(byPartner.status()).as(byPartner.body()).isEqualTo(201);
        assertThat(byPartner.json().path("offeredBy").asString()).isEqualTo("partner:uwv-limburg");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** A member whose membership the members service announced as active; active here once this returns. */
    String member() {
        String memberId = UUID.randomUUID().toString();
        publishMemberEvent(MemberEvents.MEMBER_JOINED, memberId, new MemberJoined(memberId, 1, new MemberProfile(
                "Testbedrijf Venlo B.V.", String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)),
                OrganisationKind.EMPLOYER, null, Sector.LOGISTICS, 120, SizeClass.SME,
                new MemberLocation("Venlo", Country.NL, "Venlo", Region.NOORD_LIMBURG), false, List.of(ActionLine.REALISE)),
                LocalDate.now(), null), 1);
        awaitMembership(memberId, "ACTIVE");
        return memberId;
    }

    <T> void publishMemberEvent(EventType<T> type, String memberId, T payload, long sequence) {
        OTHER_SERVICES.event(type.topic(), type.type(), type.source()).subject(memberId).dataschema(type.schemaId())
                .sequence(sequence).json(payload).publish();
    }

    void awaitMembership(String memberId, String membership) {
        StoredDocuments.await(mongo.getCollection("members"), memberId,
                member -> membership.equals(member.getString("membership")), TIMEOUT);
    }

    String pool(String... members) {
        Reply formed = post("/pools", TestTokens.operator(), "{\"name\":\"Seizoenspool Noord\",\"sectors\":"
                + "[\"AGRICULTURE_AND_HORTICULTURE\",\"LOGISTICS\"],\"regions\":[\"NOORD_LIMBURG\"]}");
        assertThat(formed.status()).as(formed.body()).isEqualTo(201);
        String poolId = formed.json().path("id").asString();
        for (String member : members) {
            Reply joined = post("/pools/" + poolId + "/members", TestTokens.operator(), "{\"memberId\":\"" + member + "\"}");
            assertThat(joined.status()).as(joined.body()).isEqualTo(200);
        }
        return poolId;
    }

    JsonNode offer(String poolId, String token, String name, Map<String, Integer> skills, List<Map<String, String>> certificates,
                   boolean consent) {
        Reply offered = offerResponse(poolId, token, name, skills, certificates, consent);
        assertThat(offered.status()).as(offered.body()).isEqualTo(201);
        return offered.json();
    }

    Reply offerResponse(String poolId, String token, String name, Map<String, Integer> skills,
                           List<Map<String, String>> certificates, boolean consent) {
        Map<String, Object> person = new java.util.LinkedHashMap<>();
        person.put("name", name);
        person.put("email", "erika@example.org");
        person.put("phone", "+31 6 12345678");
        person.put("homePlace", "Venlo");
        person.put("country", "NL");
        person.put("region", "NOORD_LIMBURG");
        person.put("latitude", 51.3704);
        person.put("longitude", 6.1724);
        person.put("maxTravelKm", 30);
        person.put("skills", skills);
        person.put("languages", Map.of("nl", "B2"));
        person.put("certificates", certificates);
        person.put("availability", List.of(Map.of("period", Map.of("from", START.minusDays(5).toString(),
                "to", END.plusDays(5).toString()), "hoursPerWeek", 36)));
        Map<String, Object> body = Map.of("occupation", OPERATOR_OCCUPATION, "consentToShare", consent, "person", person);
        return post("/pools/" + poolId + "/talent", token, JSON.writeValueAsString(body));
    }

    Reply request(String poolId, String memberId, List<Map<String, Object>> required, List<String> certificates,
                     LocalDate start, LocalDate end) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("occupation", OPERATOR_OCCUPATION);
        body.put("requiredSkills", required);
        body.put("desiredSkills", List.of(WMS));
        body.put("languages", List.of(Map.of("language", "nl", "level", "B1")));
        body.put("certificates", certificates);
        body.put("periodStart", start.toString());
        body.put("periodEnd", end.toString());
        body.put("hoursPerWeek", 32);
        body.put("placeName", "Venlo Trade Port");
        body.put("latitude", 51.3900);
        body.put("longitude", 6.1200);
        body.put("positions", 1);
        return post("/pools/" + poolId + "/requests", TestTokens.member(memberId), JSON.writeValueAsString(body));
    }
}
