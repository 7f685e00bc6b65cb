package nl.talentcharter.eventkit.config;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import nl.talentcharter.eventkit.deadletter.DeadLetterController;
import nl.talentcharter.eventkit.deadletter.DeadLetterRouting;
import nl.talentcharter.eventkit.deadletter.DeadLetters;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
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

    @Bean
    @ConditionalOnMissingBean
    EventKitProducers eventKitProducers(EventKitProperties properties, Environment environment) {
        return new EventKitProducers(bootstrapServers(properties, environment), KafkaClientSecurity.from(environment),
                environment.getProperty("spring.application.name", "service"), properties.getRelay());
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

    @Bean
    @ConditionalOnBooleanProperty(name = "eventkit.relay.enabled", matchIfMissing = true)
    OutboxRelay outboxRelay(MongoTemplate mongo, EventKitProducers producers, CircuitBreaker outboxRelayCircuitBreaker,
            OutboxCollections collections, EventKitProperties properties, EventMetrics metrics,
            ObjectProvider<RelayHook> hook) {
        EventKitProperties.Relay relay = properties.getRelay();
        return new OutboxRelay(mongo, producers.relayTemplate(), outboxRelayCircuitBreaker, collections,
                new RelayProperties(relay.getBatchSize(), relay.getSweepInterval(), relay.getInitialBackoff(),
                        relay.getMaxBackoff()),
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
    DeadLetterRouting deadLetterRouting(EventKitProducers producers, EventMetrics metrics,
            EventKitProperties properties, Environment environment) {
        EventKitProperties.Consumer consumer = properties.getConsumer();
        return new DeadLetterRouting(producers.deadLetterTemplate(), metrics, bootstrapServers(properties, environment),
                KafkaClientSecurity.from(environment), consumer.getMaxAttempts(), consumer.getInitialBackoff(),
                consumer.getMaxBackoff());
    }

    @Bean
    @ConditionalOnMissingBean
    DeadLetters deadLetters(EventKitProducers producers, MongoTemplate mongo, EventKitProperties properties,
            Environment environment) {
        return new DeadLetters(bootstrapServers(properties, environment), KafkaClientSecurity.from(environment),
                producers.plainTemplate(), mongo, 500);
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
