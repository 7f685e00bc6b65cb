package nl.talentcharter.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the devstack keeps its data and which ports it binds. The defaults are the ports of
 * docs/conventions.md and {@code .devstack/} in the working directory; tests use free ports in a
 * temporary directory.
 *
 * @param home         the data folder: Kafka log, store file, the issuer's signing key
 * @param kafkaPort    the broker's client port
 * @param storePort    the MongoDB-protocol store's port
 * @param issuerPort   the token issuer's port
 * @param servicePorts port per service name
 */
public record DevStackSettings(Path home, int kafkaPort, int storePort, int issuerPort,
        Map<String, Integer> servicePorts) {

    public DevStackSettings {
        home = home.toAbsolutePath().normalize();
        servicePorts = Map.copyOf(servicePorts);
    }

    /**
     * Conventions' ports and {@code .devstack/}; each can be moved with a system property or, since
     * {@code exec:exec} starts a new JVM, an environment variable: {@code devstack.port.members} /
     * {@code DEVSTACK_PORT_MEMBERS}, {@code devstack.port.kafka|store|issuer}, {@code devstack.home}.
     */
    public static DevStackSettings fromSystemProperties() {
        Map<String, Integer> services = new LinkedHashMap<>();
        ServiceCatalog.ALL.forEach(s -> services.put(s.name(), port(s.name(), s.defaultPort())));
        return new DevStackSettings(Path.of(setting("home", ".devstack")), port("kafka", 9092), port("store", 27018),
                port("issuer", 9000), services);
    }

    private static int port(String name, int defaultPort) {
        String value = setting("port." + name, String.valueOf(defaultPort));
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("devstack.port." + name + " must be a port number, not '" + value + "'");
        }
    }

    private static String setting(String name, String defaultValue) {
        String property = System.getProperty("devstack." + name);
        if (property != null) {
            return property;
        }
        String variable = System.getenv("DEVSTACK_" + name.toUpperCase(java.util.Locale.ROOT).replaceAll("[.-]", "_"));
        return variable != null ? variable : defaultValue;
    }

    /** Free ports, chosen once, so a restart with the same settings finds everything where it was. */
    public static DevStackSettings onFreePorts(Path home) {
        Map<String, Integer> services = new LinkedHashMap<>();
        ServiceCatalog.ALL.forEach(s -> services.put(s.name(), freePort()));
        return new DevStackSettings(home, freePort(), freePort(), freePort(), services);
    }

    public int portOf(ServiceDefinition service) {
        Integer port = servicePorts.get(service.name());
        return port == null ? service.defaultPort() : port;
    }

    public String issuerUrl() {
        return "http://localhost:" + issuerPort;
    }

    public String serviceUrl(ServiceDefinition service) {
        return "http://localhost:" + portOf(service);
    }

    public Path kafkaDir() {
        return home.resolve("kafka");
    }

    public Path storeFile() {
        return home.resolve("mongo.mv");
    }

    public Path issuerKeyFile() {
        return home.resolve("issuer").resolve("signing-key.json");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
