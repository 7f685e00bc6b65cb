package nl.talentcharter.devstack;

/**
 * One platform service as the devstack starts it: its name (also its Kafka topic suffix and the
 * module folder under {@code services/}), the Spring Boot main class, its default port and its own
 * database.
 */
public record ServiceDefinition(String name, String mainClass, int defaultPort, String database) {

    public ServiceDefinition {
        if (name == null || name.isBlank() || mainClass == null || mainClass.isBlank() || database == null
                || database.isBlank()) {
            throw new IllegalArgumentException("a service needs a name, a main class and a database");
        }
        if (defaultPort <= 0 || defaultPort > 65535) {
            throw new IllegalArgumentException("invalid port " + defaultPort + " for service " + name);
        }
    }

    /** True when the service's code is on the classpath: only services that exist in the repo start. */
    public boolean isPresent() {
        return mainClassOrNull() != null;
    }

    public Class<?> mainType() {
        Class<?> type = mainClassOrNull();
        if (type == null) {
            throw new IllegalStateException("service " + name + " is not on the classpath (" + mainClass + ")");
        }
        return type;
    }

    private Class<?> mainClassOrNull() {
        try {
            return Class.forName(mainClass, false, ServiceDefinition.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError absent) {
            return null;
        }
    }
}
