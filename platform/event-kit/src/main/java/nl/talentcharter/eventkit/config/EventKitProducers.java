package nl.talentcharter.eventkit.config;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.talentcharter.eventkit.deadletter.RawKeySerializer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The kit's own Kafka producers, held in one bean rather than exposed as {@code ProducerFactory} beans so
 * that Spring Boot's Kafka defaults of the service stay as they are. All are idempotent with
 * {@code acks=all} and bounded blocking and delivery times, so a down broker turns into a fast failure.
 */
public class EventKitProducers implements DisposableBean {

    private final DefaultKafkaProducerFactory<String, byte[]> plain;
    private final DefaultKafkaProducerFactory<String, byte[]> relay;
    private final DefaultKafkaProducerFactory<Object, byte[]> deadLetters;

    EventKitProducers(String bootstrapServers, Map<String, Object> clientSecurity, String applicationName,
            EventKitProperties.Relay settings) {
        Map<String, Object> config = new HashMap<>(clientSecurity);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024);
        int deliveryTimeout = (int) settings.getDeliveryTimeout().toMillis();
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeout);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, deliveryTimeout / 2 - 10));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) settings.getMaxBlock().toMillis());
        config.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2000);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "eventkit-" + applicationName);
        plain = new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new ByteArraySerializer());
        deadLetters = new DefaultKafkaProducerFactory<>(config, new RawKeySerializer(), new ByteArraySerializer());

        Map<String, Object> transactional = new HashMap<>(config);
        transactional.put(ProducerConfig.CLIENT_ID_CONFIG, "eventkit-relay-" + applicationName);
        // an open transaction of a crashed instance holds back read_committed consumers until it times out
        transactional.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) settings.getTransactionTimeout().toMillis());
        relay = new DefaultKafkaProducerFactory<>(transactional, new StringSerializer(), new ByteArraySerializer());
        // unique per instance: relays of different instances never fence each other
        relay.setTransactionIdPrefix("eventkit-relay-" + applicationName + "-" + UUID.randomUUID() + "-");
    }

    /** Re-drives and other plain sends. */
    public KafkaTemplate<String, byte[]> plainTemplate() {
        return new KafkaTemplate<>(plain);
    }

    /** The relay's transactional sends (ADR 0020). */
    public KafkaTemplate<String, byte[]> relayTemplate() {
        return new KafkaTemplate<>(relay);
    }

    /** Dead letters keep the consumed record's key bytes as they were. */
    public KafkaTemplate<Object, byte[]> deadLetterTemplate() {
        return new KafkaTemplate<>(deadLetters);
    }

    @Override
    public void destroy() {
        relay.destroy();
        plain.destroy();
        deadLetters.destroy();
    }
}
