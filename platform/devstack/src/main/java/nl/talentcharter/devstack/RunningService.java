package nl.talentcharter.devstack;

import org.springframework.context.ConfigurableApplicationContext;

/** A service's Spring Boot context inside the devstack's JVM, and where it listens. */
public record RunningService(ServiceDefinition definition, String url, ConfigurableApplicationContext context) {

    public String name() {
        return definition.name();
    }
}
