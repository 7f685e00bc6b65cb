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

    /** {@code false} switches the JSON console logs off. */
    public static final String JSON_LOGS_SWITCH = "talentcharter.logging.json";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        problemDetails(defaults);
        actuator(defaults, environment);
        tracing(defaults);
        logging(defaults, environment);
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, defaults));
    }

    private static void problemDetails(Map<String, Object> defaults) {
        defaults.put("spring.mvc.problemdetails.enabled", "true");
        // whatever slips past the advice to /error must not leak internals either
        defaults.put("server.error.include-message", "never");
        defaults.put("server.error.include-stacktrace", "never");
        defaults.put("server.error.include-exception", "false");
    }

    private static void actuator(Map<String, Object> defaults, ConfigurableEnvironment environment) {
        // open without a token (security's OpenPaths); everything else stays unexposed
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        defaults.put("management.health.livenessstate.enabled", "true");
        defaults.put("management.health.readinessstate.enabled", "true");
        // liveness only asks "is this JVM stuck?": a broker outage must not get every pod restarted
        defaults.put("management.endpoint.health.group.liveness.include", "livenessState");
        defaults.put("management.endpoint.health.group.readiness.include", String.join(",", readinessMembers(environment)));
        defaults.put("management.endpoint.health.show-components", "always");
        defaults.put("management.endpoint.health.show-details", "when-authorized");
        defaults.put("management.endpoint.health.roles", "OPERATOR");
        defaults.put("management.metrics.tags.application", "${spring.application.name:unknown}");
        // Prometheus scrapes; nothing should push metrics to an OTLP receiver that is not there
        defaults.put("management.otlp.metrics.export.enabled", "false");
    }

    private static void tracing(Map<String, Object> defaults) {
        // every request gets a trace id in its logs; export happens only where an OTLP endpoint is set
        defaults.put("management.tracing.sampling.probability", "1.0");
        defaults.put("management.tracing.propagation.produce", "W3C");
        // traceparent on every record sent and continued by every listener, plain Spring Kafka or Cloud Stream
        defaults.put("spring.kafka.template.observation-enabled", "true");
        defaults.put("spring.kafka.listener.observation-enabled", "true");
        defaults.put("spring.cloud.stream.kafka.binder.enable-observation", "true");
    }

    /**
     * JSON (Elastic Common Schema) on the console, carrying the MDC's {@code traceId}/{@code spanId}.
     * {@code talentcharter.logging.json=false} (e.g. the devstack, a developer's terminal) keeps Boot's
     * human-readable pattern; a service may also pick another format with
     * {@code logging.structured.format.console} itself.
     */
    private static void logging(Map<String, Object> defaults, ConfigurableEnvironment environment) {
        if (environment.getProperty(JSON_LOGS_SWITCH, Boolean.class, true)) {
            defaults.put("logging.structured.format.console", "ecs");
        }
    }

    /**
     * Readiness = "can serve traffic": the store and the broker when the service uses them. Only
     * contributors that will exist are named, because Boot rejects a group naming an unknown one.
     */
    static java.util.List<String> readinessMembers(ConfigurableEnvironment environment) {
        java.util.List<String> members = new java.util.ArrayList<>(java.util.List.of("readinessState"));
        ClassLoader loader = ServiceDefaultsEnvironmentPostProcessor.class.getClassLoader();
        boolean defaultsOn = environment.getProperty("management.health.defaults.enabled", Boolean.class, true);
        if (isPresent("org.springframework.boot.mongodb.health.MongoHealthIndicator", loader)
                && isPresent("com.mongodb.client.MongoClient", loader)
                && environment.getProperty("management.health.mongo.enabled", Boolean.class, defaultsOn)) {
            members.add("mongo");
        }
        if (isPresent("org.apache.kafka.clients.admin.Admin", loader)
                && isPresent("org.springframework.boot.kafka.autoconfigure.KafkaProperties", loader)
                && environment.getProperty("management.health.kafka.enabled", Boolean.class, defaultsOn)) {
            members.add("kafka");
        }
        return members;
    }

    private static boolean isPresent(String className, ClassLoader loader) {
        return org.springframework.util.ClassUtils.isPresent(className, loader);
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
