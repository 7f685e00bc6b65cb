package nl.talentcharter.monitoring.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The service's own Kafka clients log in like its bindings: pure unit, no broker. */
class KafkaClientSettingsTest {

    @Test
    void ownClientsCarryTheDeploymentsLoginAndTheirOwnOverrides() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.kafka.security.protocol", "SASL_PLAINTEXT")
                .withProperty("spring.kafka.properties.sasl.mechanism", "SCRAM-SHA-512")
                .withProperty("spring.kafka.properties.sasl.jaas.config", "scram login for monitoring")
                .withProperty("spring.kafka.properties.linger.ms", "5");

        Map<String, Object> settings = new KafkaClientSettings("kafka:9092", environment)
                .with(Map.of("isolation.level", "read_committed"));

        assertThat(settings).containsEntry("bootstrap.servers", "kafka:9092")
                .containsEntry("security.protocol", "SASL_PLAINTEXT")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("sasl.jaas.config", "scram login for monitoring")
                .containsEntry("isolation.level", "read_committed")
                .doesNotContainKey("linger.ms");
    }

    @Test
    void withoutALoginTheClientsConnectPlainly() {
        Map<String, Object> settings = new KafkaClientSettings("127.0.0.1:9092", new MockEnvironment()).with(Map.of());

        assertThat(settings).containsOnlyKeys("bootstrap.servers");
    }
}
