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

    /** Conventions' ports; each can be overridden with a system property (e.g. {@code -Ddevstack.port.members=9081}). */
    public static DevStackSettings fromSystemProperties() {
        Map<String, Integer> services = new LinkedHashMap<>();
        ServiceCatalog.ALL.forEach(s -> services.put(s.name(), Integer.getInteger("devstack.port." + s.name(), s.defaultPort())));
        return new DevStackSettings(Path.of(System.getProperty("devstack.home", ".devstack")),
                Integer.getInteger("devstack.port.kafka", 9092),
                Integer.getInteger("devstack.port.store", 27018),
                Integer.getInteger("devstack.port.issuer", 9000),
                services);
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
