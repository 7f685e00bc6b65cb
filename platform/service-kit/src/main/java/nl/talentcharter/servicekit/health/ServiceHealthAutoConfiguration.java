package nl.talentcharter.servicekit.health;

import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.clients.admin.Admin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Health contributors Boot 4 does not provide; readiness groups are set up by the service defaults. */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
public class ServiceHealthAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({ Admin.class, KafkaProperties.class })
    @ConditionalOnBean(KafkaProperties.class)
    @ConditionalOnEnabledHealthIndicator("kafka")
    static class Kafka {

        /** Named so the contributor is {@code kafka}, the name the readiness group includes. */
        @Bean(name = "kafkaHealthIndicator")
        @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
        KafkaHealthIndicator kafkaHealthIndicator(KafkaProperties kafka,
                @Value("${talentcharter.health.kafka.timeout:2s}") Duration timeout,
                @Value("${talentcharter.health.kafka.cache-for:5s}") Duration cacheFor) {
            return new KafkaHealthIndicator(kafka.buildAdminProperties(), timeout, cacheFor, Clock.systemUTC());
        }
    }
}
