package nl.talentcharter.examples.partnerconsumer.acl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.acl.AclBinding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Kafka users of deploy/kafka/acls.txt, the passwords acls.sh is given and the logins of the services
 * agree, in docker-compose.yml (as docker-compose resolves it) and in deploy/k8s: a user without a password
 * makes acls.sh fail at start, a service logging in as a user that has no ACLs is refused everything.
 */
class KafkaUsersWiringTest {

    private static final Pattern JAAS = Pattern.compile(
            "ScramLoginModule required\\s+username=\"([^\"]+)\"\\s+password=\"([^\"]+)\";");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private static Path root;
    private static Set<String> users;

    @BeforeAll
    static void kafkaUsers() throws Exception {
        root = AclDefinitions.repositoryRoot();
        users = new TreeSet<>();
        for (AclBinding acl : AclDefinitions.fromScript(root)) {
            users.add(acl.entry().principal().substring("User:".length()));
        }
    }

    @Test
    void composeGivesEveryUserAPasswordAndEveryKafkaClientItsOwnUser() throws Exception {
        JsonNode services = YAML.readTree(resolvedCompose()).path("services");

        Map<String, String> passwords = new TreeMap<>();
        services.path("kafka-acls").path("environment").properties().forEach(e -> {
            if (e.getKey().startsWith("KAFKA_PASSWORD_")) {
                passwords.put(e.getKey(), e.getValue().asString());
            }
        });
        assertThat(passwords.keySet()).as("KAFKA_PASSWORD_* of the kafka-acls service")
                .containsExactlyInAnyOrderElementsOf(users.stream().map(KafkaUsersWiringTest::passwordVariable).toList());

        List<String> clients = new ArrayList<>();
        services.properties().forEach(service -> {
            JsonNode env = service.getValue().path("environment");
            if (!env.has("SPRING_KAFKA_BOOTSTRAP_SERVERS")) {
                return;
            }
            clients.add(service.getKey());
            assertThat(env.path("SPRING_KAFKA_SECURITY_PROTOCOL").asString()).as(service.getKey()).isEqualTo("SASL_PLAINTEXT");
            assertThat(env.path("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM").asString()).as(service.getKey())
                    .isEqualTo("SCRAM-SHA-512");
            Matcher login = JAAS.matcher(env.path("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG").asString());
            assertThat(login.find()).as("%s logs in with SCRAM", service.getKey()).isTrue();
            assertThat(login.group(1)).as("%s logs in as itself", service.getKey()).isEqualTo(service.getKey());
            assertThat(users).as("users with ACLs").contains(service.getKey());
            assertThat(login.group(2)).as("%s's password is the one acls.sh sets", service.getKey())
                    .isEqualTo(passwords.get(passwordVariable(service.getKey())));
        });
        assertThat(clients).as("services that talk to Kafka").contains("members", "monitoring");
    }

    @Test
    void kubernetesGivesEveryUserAPasswordAndEveryServiceItsOwnUser() throws IOException {
        JsonNode job = YAML.readTree(Files.readString(root.resolve("deploy/k8s/kafka-acls-job.yaml")));
        Map<String, String> keys = new TreeMap<>();
        job.at("/spec/template/spec/containers/0/env").forEach(variable -> keys.put(variable.path("name").asString(),
                variable.at("/valueFrom/secretKeyRef/key").asString()));
        Map<String, String> expected = new TreeMap<>();
        users.forEach(user -> expected.put(passwordVariable(user), user));
        assertThat(keys).as("the kafka-acls Job's passwords, by key of the Secret kafka-users").isEqualTo(expected);

        List<String> deployments = new ArrayList<>();
        try (var files = Files.list(root.resolve("deploy/k8s"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (JsonNode document : YAML.readValues(YAML.createParser(file.toFile()), JsonNode.class).readAll()) {
                    if (!"Deployment".equals(document.path("kind").asString())) {
                        continue;
                    }
                    String name = document.at("/metadata/name").asString();
                    deployments.add(name);
                    Map<String, JsonNode> env = new TreeMap<>();
                    document.at("/spec/template/spec/containers/0/env").forEach(v -> env.put(v.path("name").asString(), v));
                    assertThat(env.get("KAFKA_PASSWORD").at("/valueFrom/secretKeyRef/key").asString())
                            .as("%s reads its own key of kafka-users", name).isEqualTo(name);
                    Matcher login = JAAS.matcher(env.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG").path("value").asString());
                    assertThat(login.find()).as("%s logs in with SCRAM", name).isTrue();
                    assertThat(login.group(1)).as("%s logs in as itself", name).isEqualTo(name);
                    assertThat(login.group(2)).as(name).isEqualTo("$(KAFKA_PASSWORD)");
                    assertThat(users).as("users with ACLs").contains(name);
                }
            }
        }
        assertThat(deployments).contains("members", "monitoring");
    }

    private static String passwordVariable(String user) {
        return "KAFKA_PASSWORD_" + user.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static String resolvedCompose() throws IOException, InterruptedException {
        Process config;
        try {
            config = new ProcessBuilder("docker-compose", "-f", root.resolve("docker-compose.yml").toString(), "config")
                    .directory(root.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException missing) {
            fail("docker-compose is not installed: scripts/ensure-tools.sh installs it (this module runs it before "
                    + "its tests), or: apt-get install docker-compose");
            throw missing;
        }
        String out = new String(config.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(config.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(config.exitValue()).as("docker-compose config").isZero();
        return out;
    }
}
