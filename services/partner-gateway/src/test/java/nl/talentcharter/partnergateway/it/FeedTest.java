package nl.talentcharter.partnergateway.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.talentcharter.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The SSE feed: read some, disconnect, more are published, reconnect with Last-Event-ID: exactly the missing ones. */
class FeedTest extends GatewayIntegrationTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final String token = TestTokens.partner("uwv", "events.read");

    @Test
    void reconnectingWithTheLastEventIdResumesExactlyAfterIt() throws Exception {
        String gathering = newId();
        List<String> ids = new ArrayList<>();
        String lastEventId;
        try (PublicEvents events = new PublicEvents()) {
            try (Feed first = Feed.open(port, token, PublicEvents.CANCELLED, null)) {
                assertThat(first.status()).isEqualTo(200);
                for (int sequence = 1; sequence <= 3; sequence++) {
                    ids.add(events.cancelled(gathering, sequence));
                }
                List<SseEvent> seen = first.awaitAbout(gathering, 3);
                assertThat(seen).extracting(SseEvent::ceId).containsExactlyElementsOf(ids);
                assertThat(seen).allSatisfy(event -> assertThat(event.name()).isEqualTo(PublicEvents.CANCELLED));
                lastEventId = seen.get(2).id();
            }
            List<String> missed = new ArrayList<>();
            for (int sequence = 4; sequence <= 6; sequence++) {
                missed.add(events.cancelled(gathering, sequence));
            }
            try (Feed resumed = Feed.open(port, token, PublicEvents.CANCELLED, lastEventId)) {
                // the feed reads in order from the position: an event already seen would come before the missed ones
                assertThat(resumed.awaitAbout(gathering, 3)).extracting(SseEvent::ceId).containsExactlyElementsOf(missed);
            }
        }
    }

    @Test
    void theFeedNeedsAPartnerAllowedToReadTheTopic() throws Exception {
        assertThat(status(null, PublicEvents.CANCELLED)).isEqualTo(401);
        assertThat(status(TestTokens.viewer(), PublicEvents.CANCELLED)).isEqualTo(403);
        assertThat(status(TestTokens.partner("uwv", "members.read"), PublicEvents.CANCELLED)).isEqualTo(403);
        get("/feed?types=" + PublicEvents.CANCELLED + "&lastEventId=garbage", token).isProblem(400, "invalid-last-event-id");
    }

    private int status(String bearer, String type) throws Exception {
        try (Feed feed = Feed.open(port, bearer, type, null)) {
            return feed.status();
        }
    }

    record SseEvent(String id, String name, JsonNode data) {

        String ceId() {
            return data.path("id").asString();
        }
    }

    /** A streaming SSE client: parses events on its own thread until closed. */
    static final class Feed implements AutoCloseable {

        private final HttpResponse<InputStream> response;
        private final List<SseEvent> events = new CopyOnWriteArrayList<>();
        private final Thread reader;

        private Feed(HttpResponse<InputStream> response) {
            this.response = response;
            this.reader = new Thread(this::read, "test-sse-reader");
            this.reader.setDaemon(true);
            if (response.statusCode() == 200) {
                reader.start();
            }
        }

        static Feed open(int port, String bearer, String type, String lastEventId) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/feed?types=" + type))
                    .header("Accept", "text/event-stream");
            if (bearer != null) {
                request.header("Authorization", "Bearer " + bearer);
            }
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            return new Feed(CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream()));
        }

        int status() {
            return response.statusCode();
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String id = null;
                String name = null;
                StringBuilder data = new StringBuilder();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isEmpty()) {
                        if (!data.isEmpty()) {
                            events.add(new SseEvent(id, name, JSON.readTree(data.toString())));
                        }
                        id = null;
                        name = null;
                        data.setLength(0);
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).strip();
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).strip());
                    }
                }
            } catch (IOException closed) {
                // the test closed the connection
            }
        }

        List<SseEvent> awaitAbout(String gathering, int count) {
            await("feed events about " + gathering).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> about(gathering).size() >= count);
            return about(gathering);
        }

        private List<SseEvent> about(String gathering) {
            return events.stream().filter(e -> gathering.equals(e.data().path("data").path("eventId").asString())).toList();
        }

        @Override
        public void close() throws IOException {
            response.body().close();
        }
    }
}
