package nl.talentcharter.partnergateway.it;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.talentcharter.partnergateway.PartnerGatewayApplication;
import nl.talentcharter.testkit.HttpIntegrationTest;
import nl.talentcharter.testkit.RealInfrastructure;
import nl.talentcharter.testkit.ServiceHttp.Reply;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Spring context all gateway integration tests share: the real application on a random port, on the
 * JVM's real Kafka broker and MongoDB-protocol store. Tests talk HTTP and read topics like any client.
 */
@SpringBootTest(classes = PartnerGatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gateway.relay.sweep-interval=1s", "gateway.webhooks.poll-interval=100ms",
                "gateway.webhooks.first-backoff=100ms", "gateway.webhooks.max-backoff=1s",
                "gateway.webhooks.timeout=2s", "gateway.webhooks.max-attempts=40", "gateway.webhooks.give-up-after=10s",
                "gateway.webhooks.open-circuit-for=1s"})
@RealInfrastructure
public abstract class GatewayIntegrationTest extends HttpIntegrationTest {

    protected static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final String POOL_ID = "3f2b8c1e-7d4a-4e6b-9a51-0c8d2e6f4a10";

    static {
        // the gateway subscribes to the public topics when its context starts; in production they exist already
        for (String topic : nl.talentcharter.contracts.Topics.publicTopics()) {
            nl.talentcharter.testkit.TopicReader.ensureTopic(nl.talentcharter.testkit.TestInfrastructure.get()
                    .kafkaBootstrapServers(), topic, 3);
        }
    }

    @Autowired
    protected MongoTemplate mongo;

    protected static String referral(String poolId, String referenceId) {
        return """
                {"poolId": "%s", "referenceId": "%s",
                 "occupation": "http://data.europa.eu/esco/occupation/forklift-operator", "consentToShare": true,
                 "homePlace": "Venlo", "country": "NL", "region": "NOORD_LIMBURG", "latitude": 51.37, "longitude": 6.17,
                 "maxTravelKm": 40, "skills": [{"uri": "http://data.europa.eu/esco/skill/operate-forklift", "level": 3}],
                 "languages": [{"language": "nl", "level": "B2"}],
                 "availability": [{"from": "2026-06-01", "to": "2026-12-31", "hoursPerWeek": 32}],
                 "contactDesk": "UWV Werkbedrijf Venlo"}""".formatted(poolId, referenceId);
    }

    protected static String newId() {
        return UUID.randomUUID().toString();
    }

    /** A CloudEvent in HTTP binary mode: attributes as ce-* headers, the payload as body. */
    protected Reply publishBinary(String token, String id, String source, String type, String payload) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce-specversion", "1.0");
        headers.put("ce-id", id);
        headers.put("ce-source", source);
        headers.put("ce-type", type);
        return send("POST", "/inbound", token, "application/json", payload, headers);
    }
}
