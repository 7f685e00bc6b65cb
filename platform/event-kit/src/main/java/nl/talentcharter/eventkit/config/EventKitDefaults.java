package nl.talentcharter.eventkit.config;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults the kit needs from Spring Cloud Stream, at the lowest precedence so a service can still
 * override them: observation on the Kafka binder, so a consumer continues the producer's trace from the
 * record's {@code traceparent} header; and {@code read_committed}, so consumers never see the records of
 * a relay round that was aborted (ADR 0020).
 */
public class EventKitDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("eventkit-defaults", Map.of(
                "spring.cloud.stream.kafka.binder.enable-observation", "true",
                "spring.cloud.stream.kafka.binder.consumer-properties.isolation.level", "read_committed")));
    }
}
