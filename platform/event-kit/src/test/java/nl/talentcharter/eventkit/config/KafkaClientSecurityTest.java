package nl.talentcharter.eventkit.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The kit's own clients log in like Boot's: the settings arrive as environment variables in compose and Kubernetes. */
class KafkaClientSecurityTest {

    @Test
    void takesTheLoginSettingsOfSpringKafkaAndNothingElse() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                // the name makes Boot read it as environment variables, as it does the real ones
                "compose-systemEnvironment", Map.of(
                "SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
                "SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512",
                "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"members\" password=\"x\";",
                "SPRING_KAFKA_PROPERTIES_LINGER_MS", "50",
                "SPRING_KAFKA_PRODUCER_TRANSACTION_ID_PREFIX", "tx-")));

        assertThat(KafkaClientSecurity.from(environment)).containsOnly(
                Map.entry("security.protocol", "SASL_PLAINTEXT"),
                Map.entry("sasl.mechanism", "SCRAM-SHA-512"),
                Map.entry("sasl.jaas.config",
                        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"members\" password=\"x\";"));
    }

    @Test
    void nothingWhenTheBrokerWantsNoLogin() {
        assertThat(KafkaClientSecurity.from(new StandardEnvironment())).isEmpty();
    }
}
