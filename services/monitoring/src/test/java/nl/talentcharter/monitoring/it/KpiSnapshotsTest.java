package nl.talentcharter.monitoring.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.talentcharter.contracts.EventSchemas;
import nl.talentcharter.contracts.Topics;
import nl.talentcharter.contracts.events.AttendanceOutcome;
import nl.talentcharter.contracts.events.AttendanceRecorded;
import nl.talentcharter.contracts.events.AttendeeKind;
import nl.talentcharter.contracts.events.Audience;
import nl.talentcharter.contracts.events.EventKind;
import nl.talentcharter.contracts.events.EventScheduled;
import nl.talentcharter.contracts.events.EventsEvents;
import nl.talentcharter.contracts.events.RegistrationConfirmed;
import nl.talentcharter.contracts.monitoring.MonitoringEvents;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import nl.talentcharter.testkit.TestInfrastructure;
import nl.talentcharter.testkit.TestTokens;
import nl.talentcharter.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Changed figures are announced on the compacted KPI topic and over SSE, which resumes where a client left. */
class KpiSnapshotsTest extends MonitoringIntegrationTest {

    @Test
    void aChangedFigureIsPublishedAsASchemaValidSnapshotKeyedByItsCell() {
        String key = "members.joined/2037MM02/REGION:ZUID_LIMBURG";
        try (TopicReader reader = TopicReader.fromBeginning(TestInfrastructure.get().kafkaBootstrapServers(),
                Topics.MONITORING_KPI)) {
            join(newId(), LocalDate.of(2037, 2, 3),
                    profile(Region.ZUID_LIMBURG, Sector.CHEMISTRY, SizeClass.LARGE, false, ActionLine.ATTRACT));
            ConsumerRecord<String, byte[]> record = reader.await(r -> key.equals(r.key()), TIMEOUT);
            assertThat(header(record, "ce_type")).isEqualTo(MonitoringEvents.KPI_SNAPSHOT.type());
            assertThat(header(record, "ce_subject")).isEqualTo(key);
            assertThat(EventSchemas.violations(MonitoringEvents.KPI_SNAPSHOT.type(), record.value())).isEmpty();
            JsonNode snapshot = JSON.readTree(record.value());
            assertThat(snapshot.path("value").asDouble()).isEqualTo(1);
            assertThat(snapshot.path("dimension").asString()).isEqualTo("REGION");
            assertThat(snapshot.path("dimensionValue").asString()).isEqualTo("ZUID_LIMBURG");
        }
    }

    /**
     * An attendance can move a figure of an earlier period: the member it names joined in April, the labour-market
     * event was in May, and "came through an event" counts in the month of joining. That April cell is announced
     * when the attendance is recorded, not only the periods of the attendance's own day.
     */
    @Test
    void aLaterAttendanceAnnouncesTheMonthItsMemberJoinedIn() {
        String member = newId();
        String joinedKey = "members.joined/2062MM04/ALL";
        String viaEventsKey = "events.members-via-events/2062MM04/ALL";
        try (TopicReader reader = TopicReader.fromBeginning(TestInfrastructure.get().kafkaBootstrapServers(),
                Topics.MONITORING_KPI)) {
            join(member, LocalDate.of(2062, 4, 28),
                    profile(Region.NOORD_LIMBURG, Sector.LOGISTICS, SizeClass.SME, false, ActionLine.ATTRACT));
            // the joining is announced first, so only the attendance can announce April's via-events figure
            reader.await(r -> joinedKey.equals(r.key()), TIMEOUT);

            String event = newId();
            String registration = newId();
            Instant start = Instant.parse("2062-05-10T15:00:00Z");
            publish(EventsEvents.EVENT_SCHEDULED, event, new EventScheduled(event, EventKind.LABOUR_MARKET_EVENT,
                    "Talent in Limburg", start, start.plusSeconds(7200), "Venlo", false, Audience.OPEN, 100, null, null,
                    List.of(), List.of(), List.of(ActionLine.IDENTIFY), null));
            publish(EventsEvents.REGISTRATION_CONFIRMED, event, new RegistrationConfirmed(event, registration,
                    AttendeeKind.MEMBER_CONTACT, member, Instant.parse("2062-05-01T10:00:00Z")));
            publish(EventsEvents.ATTENDANCE_RECORDED, event, new AttendanceRecorded(event, registration,
                    AttendanceOutcome.ATTENDED, Instant.parse("2062-05-10T18:00:00Z")));

            ConsumerRecord<String, byte[]> snapshot = reader.await(r -> viaEventsKey.equals(r.key()), TIMEOUT);
            assertThat(JSON.readTree(snapshot.value()).path("value").asDouble()).isEqualTo(1);
        }
    }

    @Test
    void theStreamSendsSnapshotsAndResumesAfterTheLastEventId() throws Exception {
        String first = "members.joined/2038MM03/ALL";
        String second = "members.joined/2038MM04/ALL";
        join(newId(), LocalDate.of(2038, 3, 3),
                profile(Region.NOORD_LIMBURG, Sector.RETAIL, SizeClass.SME, false, ActionLine.MAINTAIN));
        String lastId;
        try (SseClient client = new SseClient(null)) {
            lastId = client.awaitKey(first).id();
        }
        join(newId(), LocalDate.of(2038, 4, 4),
                profile(Region.NOORD_LIMBURG, Sector.RETAIL, SizeClass.SME, false, ActionLine.MAINTAIN));
        try (SseClient resumed = new SseClient(lastId)) {
            List<SseEvent> seen = resumed.awaitKeyCollecting(second);
            assertThat(seen).extracting(SseEvent::key).doesNotContain(first);
        }
        assertThat(get("/kpis/stream", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aMalformedLastEventIdIsAProblem() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/kpis/stream"))
                .header("Authorization", "Bearer " + TestTokens.viewer()).header("Last-Event-ID", "yesterday").build();
        try {
            assertThat(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    record SseEvent(String id, String key, JsonNode data) {
    }

    /** A real SSE client on a background thread; events arrive in a queue. */
    final class SseClient implements AutoCloseable {

        private final BlockingQueue<SseEvent> events = new LinkedBlockingQueue<>();
        private final Stream<String> lines;

        SseClient(String lastEventId) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/kpis/stream"))
                    .header("Authorization", "Bearer " + TestTokens.viewer()).header("Accept", "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            HttpResponse<Stream<String>> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofLines());
            assertThat(response.statusCode()).isEqualTo(200);
            lines = response.body();
            Thread reader = new Thread(this::read, "sse-test-client");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            String[] id = {null};
            StringBuilder data = new StringBuilder();
            try {
                lines.forEach(line -> {
                    if (line.startsWith("id:")) {
                        id[0] = line.substring(3).trim();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5));
                    } else if (line.isEmpty() && data.length() > 0) {
                        JsonNode json = JSON.readTree(data.toString());
                        events.add(new SseEvent(id[0], json.path("key").asString(), json));
                        data.setLength(0);
                    }
                });
            } catch (RuntimeException closed) {
                // the test closed the stream
            }
        }

        SseEvent awaitKey(String key) throws InterruptedException {
            List<SseEvent> seen = awaitKeyCollecting(key);
            return seen.get(seen.size() - 1);
        }

        List<SseEvent> awaitKeyCollecting(String key) throws InterruptedException {
            List<SseEvent> seen = new ArrayList<>();
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                SseEvent event = events.poll(Duration.ofMillis(200).toMillis(), TimeUnit.MILLISECONDS);
                if (event != null) {
                    seen.add(event);
                    if (key.equals(event.key())) {
                        return seen;
                    }
                }
            }
            throw new AssertionError("no SSE event for " + key + " within " + TIMEOUT + "; saw " + seen.size());
        }

        @Override
        public void close() {
            lines.close();
        }
    }
}
