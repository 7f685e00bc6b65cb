package nl.talentcharter.devstack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts one service as its own Spring Boot application context in this JVM, wired to the devstack's
 * broker, store and token issuer.
 *
 * <p>The settings go in as command-line arguments, not as default properties: defaults rank below
 * the service's own {@code application.yml}, which names the ports and hosts of a deployment.
 */
final class ServiceLauncher {

    /**
     * The authorization server's auto-configurations are on this classpath for the issuer; in a
     * service they would add a random-key {@code JwtDecoder} and authorization-server settings.
     */
    static final List<String> EXCLUDED_AUTO_CONFIGURATIONS = List.of(
            "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration");

    private final DevStackSettings settings;

    ServiceLauncher(DevStackSettings settings) {
        this.settings = settings;
    }

    RunningService start(ServiceDefinition service) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(service.mainType())
                .registerShutdownHook(false)
                .run(arguments(service));
        return new RunningService(service, settings.serviceUrl(service), context);
    }

    String[] arguments(ServiceDefinition service) {
        String kafka = "127.0.0.1:" + settings.kafkaPort();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.config.location",
                "optional:file:" + ServiceConfigFiles.extract(service, settings.home()).toAbsolutePath() + "/");
        properties.put("server.port", String.valueOf(settings.portOf(service)));
        properties.put("spring.application.name", service.name());
        properties.put("spring.mongodb.uri", "mongodb://127.0.0.1:" + settings.storePort() + "/" + service.database());
        properties.put("spring.kafka.bootstrap-servers", kafka);
        properties.put("spring.cloud.stream.kafka.binder.brokers", kafka);
        properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", settings.issuerUrl() + "/oauth2/jwks");
        properties.put("spring.autoconfigure.exclude", String.join(",", EXCLUDED_AUTO_CONFIGURATIONS));
        properties.put("management.endpoint.health.probes.enabled", "true");
        properties.put("spring.main.banner-mode", "off");
        // plain console lines (service-kit's switch): the devstack's logback.xml formats every context alike
        properties.put("talentcharter.logging.json", "false");
        List<String> arguments = new ArrayList<>();
        properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return arguments.toArray(String[]::new);
    }
}
