package nl.talentcharter.monitoring.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.talentcharter.contracts.EventCatalog;
import nl.talentcharter.contracts.EventSchemas;
import nl.talentcharter.contracts.EventType;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.contracts.members.MemberJoined;
import nl.talentcharter.contracts.members.MemberLocation;
import nl.talentcharter.contracts.members.MemberProfile;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Country;
import nl.talentcharter.contracts.vocabulary.OrganisationKind;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import nl.talentcharter.monitoring.MonitoringApplication;
import nl.talentcharter.testkit.CloudEventPublisher;
import nl.talentcharter.testkit.RealInfrastructure;
import nl.talentcharter.testkit.TestTokens;
import nl.talentcharter.testkit.TopicReader;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Spring context all monitoring integration tests share: the real application on a random port, on
 * the JVM's real Kafka broker and MongoDB-protocol store. Tests act as the other services by publishing
 * CloudEvents to their topics and read figures like any client. Each test class counts in years of its
 * own, so classes never see each other's flows (the active count is cumulative: tests compare it with the
 * figure before they acted).
 */
@SpringBootTest(classes = MonitoringApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eventkit.relay.sweep-interval=1s"})
@RealInfrastructure
abstract class MonitoringIntegrationTest {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    /**
     * Acts as the other services (and the partner gateway); sequences span the test classes, as subjects are unique
     * per test anyway.
     */
    @RegisterExtension
    static final CloudEventPublisher OTHER_SERVICES =
            CloudEventPublisher.onSharedBroker(MonitoringIntegrationTest::requirePublishableIfCatalogued);

    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry meters;

    // ---- acting as the other services ---------------------------------------------------------------

    static MemberProfile profile(Region region, Sector sector, SizeClass size, boolean frontRunner,
            ActionLine... lines) {
        return new MemberProfile("Testbedrijf B.V.", "12345678", OrganisationKind.EMPLOYER, null, sector,
                size == SizeClass.SME ? 40 : 400, size, new MemberLocation("Venlo", Country.NL, "Venlo", region),
                frontRunner, List.of(lines));
    }

    /** A member that joined on {@code day}; returns the CloudEvents id of its MemberJoined. */
    String join(String memberId, LocalDate day, MemberProfile profile) {
        return publish(MemberEvents.MEMBER_JOINED, memberId, new MemberJoined(memberId, 1, profile, day, null));
    }

    /** Publishes the aggregate's next event; returns its CloudEvents id (to publish it again as a duplicate). */
    <T> String publish(EventType<T> type, String subject, T payload) {
        return event(type, subject, payload).nextSequence().publish();
    }

    /** The same event again (a duplicate or a replay): the id and sequence it carried before. */
    <T> void publishAgain(EventType<T> type, String subject, T payload, String ceId, long sequence) {
        event(type, subject, payload).id(ceId).sequence(sequence).publish();
    }

    private static <T> CloudEventPublisher.Event event(EventType<T> type, String subject, T payload) {
        return OTHER_SERVICES.event(type.topic(), type.type(), type.source()).subject(subject)
                .dataschema(type.schemaId()).json(payload);
    }

    /** A catalogued type must carry a payload its schema accepts; an unknown one is published as given. */
    private static void requirePublishableIfCatalogued(String type, byte[] data) {
        if (EventCatalog.byType(type).isPresent()) {
            EventSchemas.requirePublishable(type, data);
        }
    }

    // ---- reading figures ----------------------------------------------------------------------------

    HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> post(String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode kpi(String kpi, String period, String dimension) {
        HttpResponse<String> response = get("/kpis/" + kpi + "?period=" + period + "&dimension=" + dimension,
                TestTokens.viewer());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    double value(String kpi, String period, String dimension) {
        return kpi(kpi, period, dimension).path("value").asDouble();
    }

    void awaitValue(String kpi, String period, String dimension, double expected) {
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(value(kpi, period, dimension))
                .as(kpi + " " + period + " " + dimension).isEqualTo(expected));
    }

    /**
     * Waits for the cell's snapshot with {@code value} on the KPI topic (a new cell is announced only with data, so a
     * 0 follows an earlier figure of the same cell).
     */
    static void awaitSnapshot(TopicReader kpiTopic, String key, double value) {
        kpiTopic.await(r -> key.equals(r.key()) && JSON.readTree(r.value()).path("value").asDouble() == value, TIMEOUT);
    }

    double counter(String name, String type) {
        var counter = meters.find(name).tag("type", type).counter();
        return counter == null ? 0 : counter.count();
    }

    void awaitCounter(String name, String type, double atLeast) {
        await().atMost(TIMEOUT).until(() -> counter(name, type) >= atLeast);
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }
}
