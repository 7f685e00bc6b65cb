package nl.talentcharter.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker (KRaft, combined broker and controller) in its own operating-system
 * process, started from the Kafka jars on a classpath.
 *
 * <p>Unlike an in-JVM embedded broker it can be stopped and started again on the same port with the
 * same log directory, which is what a test of "the broker is down for a while" and the embedded
 * default (data survives restarts) both need.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final String classpath;
    private final Map<String, String> extraBrokerProperties = new LinkedHashMap<>();
    private final List<String> scramCredentials = new ArrayList<>();
    private final Map<String, Object> clientProperties = new LinkedHashMap<>();
    private Process process;

    /**
     * @param dataDir   holds the KRaft log directory, the server properties and the broker's log file
     * @param port      client port (0 = pick a free one now, kept across restarts)
     * @param classpath must contain kafka_2.13 and its dependencies
     */
    public KafkaBrokerProcess(Path dataDir, int port, String classpath) {
        this.dataDir = dataDir.toAbsolutePath();
        this.port = port == 0 ? freePort() : port;
        this.controllerPort = freePort();
        this.classpath = classpath;
    }

    /** A broker in a fresh temporary directory, on free ports, from this JVM's classpath. */
    public static KafkaBrokerProcess inTemporaryDirectory() {
        try {
            return new KafkaBrokerProcess(Files.createTempDirectory("kafka-broker"), 0,
                    System.getProperty("java.class.path"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Secures the client listener as production does (deploy/kafka): SASL/SCRAM-SHA-512 over
     * {@code SASL_PLAINTEXT}, the KRaft {@code StandardAuthorizer} denying everything no ACL allows, and
     * {@code adminUser} as the one super user, whose SCRAM credential is written when the storage is formatted
     * (KRaft keeps credentials in its metadata log, so the first one cannot be created over the network).
     * The controller listener stays plaintext on the loopback address, where the broker calls its own
     * controller as {@code User:ANONYMOUS}, also a super user. Call before the first {@link #start()}.
     */
    public synchronized KafkaBrokerProcess secured(String adminUser, String adminPassword) {
        String listener = "SASL_PLAINTEXT";
        brokerProperties(Map.ofEntries(
                Map.entry("listeners", listener + "://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", listener + "://127.0.0.1:" + port),
                Map.entry("listener.security.protocol.map", listener + ":SASL_PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("inter.broker.listener.name", listener),
                Map.entry("sasl.enabled.mechanisms", "SCRAM-SHA-512"),
                Map.entry("sasl.mechanism.inter.broker.protocol", "SCRAM-SHA-512"),
                Map.entry("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config", jaas(adminUser, adminPassword)),
                Map.entry("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer"),
                Map.entry("allow.everyone.if.no.acl.found", "false"),
                // the broker's own calls to its controller arrive on the plaintext, loopback-only controller
                // listener as ANONYMOUS: no client listener ever yields that principal (SASL is required there)
                Map.entry("super.users", "User:" + adminUser + ";User:ANONYMOUS")));
        scramCredential(adminUser, adminPassword);
        clientProperties.putAll(saslClientProperties(adminUser, adminPassword));
        return this;
    }

    /** Adds to (or overrides) the generated server.properties. Call before the first {@link #start()}. */
    public synchronized KafkaBrokerProcess brokerProperties(Map<String, String> properties) {
        extraBrokerProperties.putAll(properties);
        return this;
    }

    /** A SCRAM-SHA-512 credential written into the storage when it is formatted (first start only). */
    public synchronized KafkaBrokerProcess scramCredential(String user, String password) {
        scramCredentials.add("SCRAM-SHA-512=[name=" + user + ",password=" + password + "]");
        return this;
    }

    /** The client settings a Kafka client needs to log in as {@code user} on a {@link #secured} broker. */
    public static Map<String, Object> saslClientProperties(String user, String password) {
        return Map.of("security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", jaas(user, password));
    }

    private static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts the broker (formatting its storage on first start) and waits until it serves clients. */
    public synchronized KafkaBrokerProcess start() {
        if (isRunning()) {
            return this;
        }
        try {
            Path properties = writeServerProperties();
            Path logDir = dataDir.resolve("kraft-logs");
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format(properties);
            }
            process = java(List.of("kafka.Kafka", properties.toString()), dataDir.resolve("broker.log"));
            awaitReady(Duration.ofSeconds(90));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Controlled shutdown; falls back to a kill after 30 s. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Kills the broker at once, as a crash would. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    private void format(Path properties) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("kafka.tools.StorageTool", "format",
                "-t", Uuid.randomUuid().toString(), "-c", properties.toString()));
        scramCredentials.forEach(credential -> arguments.addAll(List.of("--add-scram", credential)));
        Process format = java(arguments, dataDir.resolve("format.log"));
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new IllegalStateException("formatting the KRaft storage failed, see "
                        + dataDir.resolve("format.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Process java(List<String> mainAndArgs, Path log) throws IOException {
        Path logbackConfig = dataDir.resolve("logback-broker.xml");
        Files.writeString(logbackConfig, """
                <configuration>
                  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%d %-5level [%thread] %logger{36} - %msg%n</pattern></encoder>
                  </appender>
                  <root level="WARN"><appender-ref ref="OUT"/></root>
                  <logger name="kafka.server.KafkaRaftServer" level="INFO"/>
                </configuration>
                """);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.net.preferIPv4Stack=true", "-Dlogback.configurationFile=" + logbackConfig,
                "-Dlog4j2.configurationFile=" + writeLog4j2Config(), "-cp", classpath));
        command.addAll(mainAndArgs);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    private Path writeLog4j2Config() throws IOException {
        Path config = dataDir.resolve("log4j2-broker.properties");
        Files.writeString(config, """
                rootLogger.level = WARN
                rootLogger.appenderRef.out.ref = OUT
                appender.out.type = Console
                appender.out.name = OUT
                appender.out.layout.type = PatternLayout
                appender.out.layout.pattern = %d %-5p [%t] %c{1} - %m%n
                """);
        return config;
    }

    private Path writeServerProperties() throws IOException {
        Files.createDirectories(dataDir);
        Properties p = new Properties();
        p.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("log.dirs", dataDir.resolve("kraft-logs").toString()),
                Map.entry("num.partitions", "3"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "5"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("auto.create.topics.enable", "true")));
        p.putAll(extraBrokerProperties);
        Path file = dataDir.resolve("server.properties");
        try (var out = Files.newBufferedWriter(file)) {
            p.store(out, "written by KafkaBrokerProcess");
        }
        return file;
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Object> config = new LinkedHashMap<>(clientProperties);
        config.putAll(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000));
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the Kafka broker exited, see " + dataDir.resolve("broker.log"));
            }
            try (Admin admin = Admin.create(config)) {
                admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                admin.listTopics().names().get(3, TimeUnit.SECONDS);
                return;
            } catch (Exception notYet) {
                sleep(250);
            }
        }
        throw new IllegalStateException("the Kafka broker did not become ready in " + timeout);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
