package nl.talentcharter.monitoring.messaging;

import java.util.HashMap;
import java.util.Map;
import nl.talentcharter.eventkit.config.KafkaClientSecurity;
import org.apache.kafka.clients.CommonClientConfigs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The settings of the Kafka clients this service builds itself (the KPI topic's admin, the rebuild's admin, the
 * SSE readers): the broker and the deployment's login ({@code spring.kafka.security.protocol}, {@code sasl.*},
 * {@code ssl.*}), so that they work on the SASL broker of docker-compose.yml and deploy/ (ADR 0121) like the
 * bindings do.
 */
@Component
public class KafkaClientSettings {

    private final Map<String, Object> base;

    public KafkaClientSettings(@Value("${spring.kafka.bootstrap-servers}") String bootstrapServers, Environment environment) {
        Map<String, Object> settings = new HashMap<>(KafkaClientSecurity.from(environment));
        settings.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.base = Map.copyOf(settings);
    }

    /** The broker and login, plus {@code overrides} (which win). */
    public Map<String, Object> with(Map<String, Object> overrides) {
        Map<String, Object> settings = new HashMap<>(base);
        settings.putAll(overrides);
        return settings;
    }
}
