package nl.talentcharter.partnergateway.messaging;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * The settings of the gateway's own Kafka consumers: Boot's {@code spring.kafka.*} (so a deployment's SASL user and
 * security protocol apply), read_committed, offsets committed by the container only.
 */
@Component
public class KafkaClients {

    private final Map<String, Object> base;
    private final Map<String, Object> admin;

    KafkaClients(ObjectProvider<KafkaProperties> properties,
            @Value("${spring.kafka.bootstrap-servers:localhost:9092}") String bootstrapServers) {
        Map<String, Object> settings = new HashMap<>();
        properties.ifAvailable(kafka -> settings.putAll(kafka.buildConsumerProperties()));
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        base = Map.copyOf(settings);
        Map<String, Object> adminSettings = new HashMap<>();
        properties.ifAvailable(kafka -> adminSettings.putAll(kafka.buildAdminProperties()));
        adminSettings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        admin = Map.copyOf(adminSettings);
    }

    /** Admin client settings. */
    public Map<String, Object> admin() {
        return admin;
    }

    /** Consumer settings; {@code overrides} win. */
    public Map<String, Object> consumer(Map<String, Object> overrides) {
        Map<String, Object> settings = new HashMap<>(base);
        settings.putAll(overrides);
        return settings;
    }
}
