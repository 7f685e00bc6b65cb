package nl.talentcharter.examples.partnerconsumer.acl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.talentcharter.contracts.Topics;
import nl.talentcharter.testkit.KafkaBrokerProcess;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml's Kafka path, run here without Docker: deploy/kafka/start-broker.sh starts the broker
 * (its scripts in {@code $KAFKA_HOME/bin} are small wrappers around the same Kafka classes the image's
 * scripts call), create-topics.sh and acls.sh run with the real Kafka command-line tools as the admin, and
 * then a service and a partner log in with what the scripts created. acls.sh gets a part of acls.txt (one
 * service, one partner) to keep the number of tool JVMs small; {@link KafkaAclModelTest} covers the whole model.
 */
class ComposeKafkaScriptsTest {

    private static final String ADMIN_PASSWORD = "admin-compose-test";
    private static final Duration WITHIN = Duration.ofSeconds(30);

    private static Path root;
    private static Path work;
    private static Process broker;
    private static int internalPort;
    private static int externalPort;

    @BeforeAll
    static void startTheComposeBroker() throws Exception {
        root = AclDefinitions.repositoryRoot();
        work = Files.createTempDirectory("compose-kafka");
        writeToolWrappers(work.resolve("kafka/bin"));
        internalPort = freePort();
        externalPort = freePort();

        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_HOME", work.resolve("kafka").toString());
        env.put("KAFKA_CONFIG_DIR", work.resolve("config").toString());
        env.put("KAFKA_LOG_DIRS", work.resolve("data").toString());
        env.put("KAFKA_CLUSTER_ID", Uuid.randomUuid().toString());
        env.put("KAFKA_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("KAFKA_INTERNAL_PORT", Integer.toString(internalPort));
        env.put("KAFKA_EXTERNAL_PORT", Integer.toString(externalPort));
        env.put("KAFKA_CONTROLLER_PORT", Integer.toString(freePort()));
        env.put("KAFKA_ADVERTISED_LISTENERS",
                "INTERNAL://127.0.0.1:" + internalPort + ",EXTERNAL://127.0.0.1:" + externalPort);
        ProcessBuilder start = new ProcessBuilder("bash", root.resolve("deploy/kafka/start-broker.sh").toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("broker.log").toFile());
        start.environment().putAll(env);
        broker = start.start();

        await("the compose broker").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions().until(() -> {
                    assertThat(broker.isAlive()).as("broker process, see %s", work.resolve("broker.log")).isTrue();
                    try (Admin admin = Admin.create(client("admin", ADMIN_PASSWORD, internalPort))) {
                        return admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size() == 1;
                    }
                });
    }

    @AfterAll
    static void stopBroker() throws InterruptedException {
        if (broker != null) {
            broker.destroy();
            if (!broker.waitFor(30, TimeUnit.SECONDS)) {
                broker.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void theScriptsCreateTopicsUsersAndExactlyThePrintedAclsAndTheUsersCanWorkWithThem() throws Exception {
        Path topics = work.resolve("topics.txt");
        Files.write(topics, Files.readAllLines(root.resolve("deploy/kafka/topics.txt")).stream()
                .filter(line -> line.startsWith(Topics.MEMBERS + " ") || line.startsWith("#")).toList());
        Path acls = work.resolve("acls.txt");
        Files.write(acls, Files.readAllLines(root.resolve("deploy/kafka/acls.txt")).stream()
                .filter(line -> line.startsWith("members ") || line.startsWith("partner-{partner} ")
                        || line.startsWith("#")).toList());
        Path partners = work.resolve("partners.txt");
        Files.writeString(partners, "# one partner is enough here\nuwv\n");

        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BIN", work.resolve("kafka/bin").toString());
        env.put("KAFKA_TOPICS", work.resolve("kafka/bin/kafka-topics.sh").toString());
        env.put("KAFKA_ADMIN_USER", "admin");
        env.put("KAFKA_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("ACLS_FILE", acls.toString());
        env.put("PARTNERS_FILE", partners.toString());
        env.put("KAFKA_PASSWORD_MEMBERS", "members-compose-test");
        env.put("KAFKA_PASSWORD_PARTNER_UWV", "partner-uwv-compose-test");
        String bootstrap = "127.0.0.1:" + internalPort;
        run(env, "create-topics.sh", bootstrap, topics.toString(), "1");
        run(env, "acls.sh", bootstrap, "1");

        try (Admin admin = Admin.create(client("admin", ADMIN_PASSWORD, internalPort))) {
            Set<AclBinding> applied = new HashSet<>(admin.describeAcls(AclBindingFilter.ANY).values()
                    .get(30, TimeUnit.SECONDS));
            List<AclBinding> printed = run(env, "acls.sh", "--print").lines().map(AclDefinitions::binding).toList();
            assertThat(printed).isNotEmpty();
            assertThat(applied).containsExactlyInAnyOrderElementsOf(printed);
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS))
                    .contains(Topics.MEMBERS, Topics.PARTNERS_INBOUND + ".uwv", Topics.PARTNERS_INBOUND + ".uwv.dlq");
        }

        // the service writes its topic on the internal listener; the partner reads it on the external one
        try (KafkaProducer<String, String> members = new KafkaProducer<>(
                client("members", "members-compose-test", internalPort), new StringSerializer(), new StringSerializer())) {
            members.send(new ProducerRecord<>(Topics.MEMBERS, "m-1", "joined")).get(30, TimeUnit.SECONDS);
        }
        Map<String, Object> partner = client("partner-uwv", "partner-uwv-compose-test", externalPort);
        partner.put(ConsumerConfig.GROUP_ID_CONFIG, "uwv.compose");
        partner.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> uwv = new KafkaConsumer<>(partner, new StringDeserializer(),
                new StringDeserializer())) {
            uwv.subscribe(List.of(Topics.MEMBERS));
            List<String> seen = new ArrayList<>();
            await().atMost(WITHIN).until(() -> {
                uwv.poll(Duration.ofMillis(250)).forEach((ConsumerRecord<String, String> r) -> seen.add(r.value()));
                return seen.contains("joined");
            });
        }
    }

    @Test
    void aClientWithoutALoginGetsNothing() {
        Map<String, Object> plaintext = new HashMap<>();
        plaintext.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + externalPort);
        plaintext.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        plaintext.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        try (Admin anonymous = Admin.create(plaintext)) {
            assertThatThrownBy(() -> anonymous.listTopics().names().get(30, TimeUnit.SECONDS))
                    .hasRootCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
        }
    }

    private static String run(Map<String, String> env, String script, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("deploy/kafka").resolve(script).toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(work.resolve(script + ".err").toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as(script + " finished").isTrue();
        assertThat(process.exitValue()).as("%s %s; stderr: %s", script, List.of(args),
                Files.readString(work.resolve(script + ".err"))).isZero();
        return out;
    }

    private static Map<String, Object> client(String user, String password, int port) {
        Map<String, Object> config = new HashMap<>(KafkaBrokerProcess.saslClientProperties(user, password));
        config.put("bootstrap.servers", "127.0.0.1:" + port);
        return config;
    }

    /** The Kafka distribution's scripts, as one-line wrappers around the classes they run. */
    private static void writeToolWrappers(Path bin) throws IOException {
        Files.createDirectories(bin);
        Path logback = bin.resolve("logback-tools.xml");
        Files.writeString(logback, """
                <configuration>
                  <appender name="ERR" class="ch.qos.logback.core.ConsoleAppender">
                    <target>System.err</target>
                    <encoder><pattern>%d %-5level %logger{36} - %msg%n</pattern></encoder>
                  </appender>
                  <root level="WARN"><appender-ref ref="ERR"/></root>
                </configuration>
                """);
        Path classpath = bin.resolve("classpath.args");
        Files.writeString(classpath, "-cp \"" + System.getProperty("java.class.path") + "\"\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, String> tools = Map.of(
                "kafka-storage.sh", "kafka.tools.StorageTool",
                "kafka-server-start.sh", "kafka.Kafka",
                "kafka-configs.sh", "kafka.admin.ConfigCommand",
                "kafka-topics.sh", "org.apache.kafka.tools.TopicCommand",
                "kafka-acls.sh", "org.apache.kafka.tools.AclCommand");
        for (Map.Entry<String, String> tool : tools.entrySet()) {
            Path script = bin.resolve(tool.getKey());
            Files.writeString(script, "#!/bin/sh\nexec \"" + java + "\" -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
                    + " -Djava.net.preferIPv4Stack=true -Dlogback.configurationFile=" + logback
                    + " @" + classpath + " " + tool.getValue() + " \"$@\"\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
