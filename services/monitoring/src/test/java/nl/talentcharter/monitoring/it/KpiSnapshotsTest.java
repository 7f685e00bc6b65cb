package nl.talentcharter.monitoring.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.talentcharter.contracts.EventSchemas;
import nl.talentcharter.contracts.Topics;
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
