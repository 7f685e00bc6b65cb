package nl.talentcharter.examples.partnerconsumer.acl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.talentcharter.contracts.Topics;
import nl.talentcharter.testkit.KafkaBrokerProcess;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AclBinding;

/**
 * One broker per test JVM secured as docker-compose.yml and deploy/ secure Kafka: SASL/SCRAM-SHA-512, the
 * KRaft StandardAuthorizer, no auto-created topics, the topics of topics.txt and partners.txt, and the users
 * and ACLs that deploy/kafka/acls.sh applies. Every user's password is {@code <user>-test-secret}.
 */
public final class SecuredKafka {

    private static final String ADMIN = "admin";
    private static volatile SecuredKafka instance;

    private final KafkaBrokerProcess broker;

    private SecuredKafka(KafkaBrokerProcess broker) {
        this.broker = broker;
    }

    public static SecuredKafka get() {
        SecuredKafka local = instance;
        if (local == null) {
            synchronized (SecuredKafka.class) {
                local = instance;
                if (local == null) {
                    local = start();
                    instance = local;
                }
            }
        }
        return local;
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public static String password(String user) {
        return user + "-test-secret";
    }

    /** Client settings that log in as {@code user}. */
    public Map<String, Object> client(String user) {
        return client(user, password(user));
    }

    public Map<String, Object> client(String user, String password) {
        Map<String, Object> config = new HashMap<>(KafkaBrokerProcess.saslClientProperties(user, password));
        config.put("bootstrap.servers", broker.bootstrapServers());
        return config;
    }

    private static SecuredKafka start() {
        try {
            KafkaBrokerProcess broker = new KafkaBrokerProcess(Files.createTempDirectory("kafka-secured"), 0,
                    System.getProperty("java.class.path"))
                    .secured(ADMIN, password(ADMIN))
                    .brokerProperties(Map.of("auto.create.topics.enable", "false"))
                    .start();
            // a broker process outlives the JVM unless stopped
            Runtime.getRuntime().addShutdownHook(new Thread(broker::kill, "secured-kafka-stop"));
            SecuredKafka kafka = new SecuredKafka(broker);
            kafka.provision();
            return kafka;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void provision() {
        try (Admin admin = Admin.create(client(ADMIN))) {
            List<String> topics = new ArrayList<>(Topics.publicTopics());
            topics.add(Topics.PARTNERS_INBOUND);
            List.copyOf(topics).forEach(topic -> topics.add(Topics.deadLetter(topic)));
            partners().forEach(partner -> topics.addAll(List.of(Topics.PARTNERS_INBOUND + "." + partner,
                    Topics.deadLetter(Topics.PARTNERS_INBOUND + "." + partner))));
            admin.createTopics(topics.stream().map(t -> new NewTopic(t, 1, (short) 1)).toList()).all()
                    .get(60, TimeUnit.SECONDS);

            List<AclBinding> acls = AclDefinitions.fromScript(AclDefinitions.repositoryRoot());
            admin.createAcls(acls).all().get(60, TimeUnit.SECONDS);
            admin.alterUserScramCredentials(acls.stream()
                    .map(acl -> acl.entry().principal().substring("User:".length())).distinct()
                    .map(user -> (org.apache.kafka.clients.admin.UserScramCredentialAlteration)
                            new UserScramCredentialUpsertion(user,
                                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096),
                                    password(user).getBytes(StandardCharsets.UTF_8)))
                    .toList()).all().get(60, TimeUnit.SECONDS);
            admin.close(Duration.ofSeconds(5));
        } catch (Exception e) {
            throw new IllegalStateException("could not provision the secured broker", e);
        }
    }

    static List<String> partners() throws IOException {
        return Files.readAllLines(AclDefinitions.repositoryRoot().resolve("deploy/kafka/partners.txt")).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\\s+")[0]).toList();
    }
}
