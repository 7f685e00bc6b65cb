package nl.talentcharter.eventkit.config;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.talentcharter.eventkit.deadletter.DeadLetterController;
import nl.talentcharter.eventkit.deadletter.DeadLetterRouting;
import nl.talentcharter.eventkit.deadletter.DeadLetters;
import nl.talentcharter.eventkit.deadletter.RawKeySerializer;
import nl.talentcharter.eventkit.inbound.IdempotentEffects;
import nl.talentcharter.eventkit.inbound.InboundEvents;
import nl.talentcharter.eventkit.metrics.EventMetrics;
import nl.talentcharter.eventkit.outbox.EventRecorder;
import nl.talentcharter.eventkit.outbox.TraceparentSource;
import nl.talentcharter.eventkit.relay.OutboxCollections;
import nl.talentcharter.eventkit.relay.OutboxRelay;
import nl.talentcharter.eventkit.relay.OutboxSaveListener;
import nl.talentcharter.eventkit.relay.RelayHook;
import nl.talentcharter.eventkit.relay.RelayProperties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Turns the event-kit on for any service that has it on the classpath. */
@AutoConfiguration
@EnableConfigurationProperties(EventKitProperties.class)
@Import({TracingConfiguration.class})
public class EventKitAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EventMetrics eventKitMetrics(ObjectProvider<MeterRegistry> registry) {
        return new EventMetrics(registry.getIfAvailable(() -> Metrics.globalRegistry));
    }

    @Bean
    @ConditionalOnMissingBean
    EventRecorder eventRecorder(ObjectProvider<JsonMapper> json, ObjectProvider<TraceparentSource> traceparent) {
        return new EventRecorder(json.getIfAvailable(JsonMapper::shared),
                traceparent.getIfAvailable(TraceparentSource::none), Clock.systemUTC());
    }

    /**
     * One producer for everything the kit writes (outbox events, dead letters, re-drives): idempotent,
     * {@code acks=all}, and bounded blocking and delivery times so that a down broker turns into a fast
     * failure the relay's circuit breaker sees, not into blocked threads.
     */
    @Bean
    @ConditionalOnMissingBean(name = "eventKitProducerFactory")
    ProducerFactory<String, byte[]> eventKitProducerFactory(EventKitProperties properties, Environment environment) {
        EventKitProperties.Relay relay = properties.getRelay();
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(properties, environment));
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024);
        int deliveryTimeout = (int) relay.getDeliveryTimeout().toMillis();
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeout);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, deliveryTimeout / 2 - 10));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) relay.getMaxBlock().toMillis());
        config.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2000);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "eventkit-" + environment.getProperty("spring.application.name", "service"));
        return new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    @Bean
    @ConditionalOnMissingBean(name = "eventKitKafkaTemplate")
    KafkaTemplate<String, byte[]> eventKitKafkaTemplate(ProducerFactory<String, byte[]> eventKitProducerFactory) {
        return new KafkaTemplate<>(eventKitProducerFactory);
    }

    @Bean
    @ConditionalOnMissingBean(name = "outboxRelayCircuitBreaker")
    CircuitBreaker outboxRelayCircuitBreaker(EventKitProperties properties, ObjectProvider<MeterRegistry> registry) {
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
        CircuitBreaker breaker = breakers.circuitBreaker("eventkit-outbox-relay", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(4)
                .minimumNumberOfCalls(2)
                .failureRateThreshold(50)
                .waitDurationInOpenState(properties.getRelay().getOpenDuration())
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
        registry.ifAvailable(r -> TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(r));
        return breaker;
    }

    @Bean
    OutboxCollections outboxCollections(MongoMappingContext mappingContext) {
        return new OutboxCollections(mappingContext);
    }

    /** The relay's own transactional producers (ADR 0020); destroyed with the context. */
    @Bean
    @ConditionalOnBooleanProperty(name = "eventkit.relay.enabled", matchIfMissing = true)
    DefaultKafkaProducerFactory<String, byte[]> eventKitRelayProducerFactory(
            ProducerFactory<String, byte[]> eventKitProducerFactory, EventKitProperties properties,
            Environment environment) {
        Map<String, Object> config = new HashMap<>(eventKitProducerFactory.getConfigurationProperties());
        // an open transaction of a crashed instance holds back read_committed consumers until it times out
        config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG,
                (int) properties.getRelay().getTransactionTimeout().toMillis());
        DefaultKafkaProducerFactory<String, byte[]> transactional = new DefaultKafkaProducerFactory<>(config,
                new StringSerializer(), new ByteArraySerializer());
        // unique per instance: relays of different instances never fence each other
        transactional.setTransactionIdPrefix("eventkit-relay-"
                + environment.getProperty("spring.application.name", "service") + "-" + UUID.randomUUID() + "-");
        return transactional;
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "eventkit.relay.enabled", matchIfMissing = true)
    OutboxRelay outboxRelay(MongoTemplate mongo, DefaultKafkaProducerFactory<String, byte[]> eventKitRelayProducerFactory,
            CircuitBreaker outboxRelayCircuitBreaker, OutboxCollections collections, EventKitProperties properties,
            EventMetrics metrics, ObjectProvider<RelayHook> hook) {
        EventKitProperties.Relay relay = properties.getRelay();
        return new OutboxRelay(mongo, new KafkaTemplate<>(eventKitRelayProducerFactory), outboxRelayCircuitBreaker,
                collections, new RelayProperties(relay.getBatchSize(), relay.getSweepInterval(),
                        relay.getInitialBackoff(), relay.getMaxBackoff()),
                metrics, hook.getIfAvailable(RelayHook::none));
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "eventkit.relay.enabled", matchIfMissing = true)
    OutboxSaveListener outboxSaveListener(OutboxRelay outboxRelay) {
        return new OutboxSaveListener(outboxRelay);
    }

    @Bean
    @ConditionalOnMissingBean
    InboundEvents inboundEvents(ObjectProvider<JsonMapper> json) {
        return new InboundEvents(json.getIfAvailable(JsonMapper::shared));
    }

    @Bean
    @ConditionalOnMissingBean
    IdempotentEffects idempotentEffects(MongoTemplate mongo, EventMetrics metrics) {
        return new IdempotentEffects(mongo, metrics);
    }

    @Bean
    @ConditionalOnMissingBean(ListenerContainerWithDlqAndRetryCustomizer.class)
    DeadLetterRouting deadLetterRouting(ProducerFactory<String, byte[]> eventKitProducerFactory, EventMetrics metrics,
            EventKitProperties properties, Environment environment) {
        EventKitProperties.Consumer consumer = properties.getConsumer();
        KafkaTemplate<Object, byte[]> deadLetterTemplate = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                eventKitProducerFactory.getConfigurationProperties(), new RawKeySerializer(), new ByteArraySerializer()));
        return new DeadLetterRouting(deadLetterTemplate, metrics, bootstrapServers(properties, environment),
                consumer.getMaxAttempts(), consumer.getInitialBackoff(), consumer.getMaxBackoff());
    }

    @Bean
    @ConditionalOnMissingBean
    DeadLetters deadLetters(KafkaTemplate<String, byte[]> eventKitKafkaTemplate, MongoTemplate mongo,
            EventKitProperties properties, Environment environment) {
        return new DeadLetters(bootstrapServers(properties, environment), eventKitKafkaTemplate, mongo, 500);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(RestController.class)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class DeadLetterEndpointConfiguration {

        @Bean
        @ConditionalOnMissingBean
        DeadLetterController deadLetterController(DeadLetters deadLetters) {
            return new DeadLetterController(deadLetters);
        }
    }

    static String bootstrapServers(EventKitProperties properties, Environment environment) {
        if (properties.getBootstrapServers() != null) {
            return properties.getBootstrapServers();
        }
        return environment.getProperty("spring.cloud.stream.kafka.binder.brokers",
                environment.getProperty("spring.kafka.bootstrap-servers", "localhost:9092"));
    }
}
