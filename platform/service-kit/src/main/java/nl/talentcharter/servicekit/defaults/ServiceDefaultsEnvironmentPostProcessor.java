package nl.talentcharter.servicekit.defaults;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The platform's defaults for every service, added with the lowest precedence: a service's
 * {@code application.properties}, profile, environment variable or command line always wins, and a
 * service needs none of these lines itself.
 *
 * <p>Runs right after the config data is loaded (so it can read a service's switches) and before the
 * logging system starts (so the log format default applies from the first line).
 */
public class ServiceDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY_SOURCE_NAME = "talentcharter-service-defaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        problemDetails(defaults);
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, defaults));
    }

    private static void problemDetails(Map<String, Object> defaults) {
        defaults.put("spring.mvc.problemdetails.enabled", "true");
        // whatever slips past the advice to /error must not leak internals either
        defaults.put("server.error.include-message", "never");
        defaults.put("server.error.include-stacktrace", "never");
        defaults.put("server.error.include-exception", "false");
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
