package nl.talentcharter.contracts;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

/** The JsonMapper Spring Boot auto-configures for every service, with no extra settings. */
public final class ServiceJsonMapper {

    private static final JsonMapper MAPPER = build();

    private ServiceJsonMapper() {
    }

    public static JsonMapper get() {
        return MAPPER;
    }

    private static JsonMapper build() {
        AtomicReference<JsonMapper> mapper = new AtomicReference<>();
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
                .run(context -> mapper.set(context.getBean(JsonMapper.class)));
        return mapper.get();
    }
}
