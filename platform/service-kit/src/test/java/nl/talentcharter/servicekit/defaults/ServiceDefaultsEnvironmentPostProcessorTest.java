package nl.talentcharter.servicekit.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ServiceDefaultsEnvironmentPostProcessorTest {

    private final ServiceDefaultsEnvironmentPostProcessor processor = new ServiceDefaultsEnvironmentPostProcessor();

    @Test
    void aServiceGetsJsonLogsProbesAndTracingWithoutWritingAProperty() {
        StandardEnvironment environment = process(Map.of());

        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
        assertThat(environment.getProperty("management.endpoint.health.group.readiness.include"))
                .isEqualTo("readinessState,mongo,kafka");
        assertThat(environment.getProperty("management.tracing.sampling.probability")).isEqualTo("1.0");
        assertThat(environment.getProperty("spring.kafka.template.observation-enabled")).isEqualTo("true");
        assertThat(environment.getProperty("spring.cloud.stream.kafka.binder.enable-observation")).isEqualTo("true");
    }

    @Test
    void whatAServiceSaysWins() {
        StandardEnvironment environment = process(Map.of("management.tracing.sampling.probability", "0.1",
                "management.endpoints.web.exposure.include", "health"));

        assertThat(environment.getProperty("management.tracing.sampling.probability")).isEqualTo("0.1");
        assertThat(environment.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health");
    }

    @Test
    void jsonLogsCanBeSwitchedOff() {
        StandardEnvironment environment = process(Map.of("talentcharter.logging.json", "false"));

        assertThat(environment.getProperty("logging.structured.format.console")).isNull();
    }

    @Test
    void readinessLeavesOutAContributorTheServiceSwitchedOff() {
        StandardEnvironment environment = process(Map.of("management.health.kafka.enabled", "false"));

        assertThat(environment.getProperty("management.endpoint.health.group.readiness.include"))
                .isEqualTo("readinessState,mongo");
    }

    private StandardEnvironment process(Map<String, Object> serviceProperties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("service", serviceProperties));
        processor.postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
