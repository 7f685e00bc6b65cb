package nl.talentcharter.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot be run here (no Docker engine), so it is checked twice: by reading it
 * (every service module is a container built from its own folder, with a readiness health check)
 * and by docker-compose's own validation, which needs no engine.
 */
class DockerComposeFileTest {

    private static Path composeFile;
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        composeFile = RepositoryFiles.root().resolve("docker-compose.yml");
        Map<String, Object> compose = new Yaml(new LoaderOptions()).load(Files.readString(composeFile));
        services = (Map<String, Map<String, Object>>) compose.get("services");
    }

    @Test
    void everyServiceModuleIsAContainerBuiltFromItsOwnFolderWithAReadinessCheck() {
        List<String> modules = RepositoryFiles.serviceModules();
        assertThat(modules).isNotEmpty();
        for (String module : modules) {
            Map<String, Object> service = services.get(module);
            assertThat(service).as("service %s in docker-compose.yml", module).isNotNull();
            assertThat(buildContext(service)).as("build of %s", module).isEqualTo("./services/" + module);
            assertThat(RepositoryFiles.root().resolve("services").resolve(module).resolve("Dockerfile"))
                    .as("Dockerfile of %s", module).isRegularFile();
            assertThat(healthCheck(service)).as("health check of %s", module).contains("/actuator/health/readiness");
            assertThat(service.get("depends_on")).as("depends_on of %s", module).isInstanceOf(Map.class);
        }
    }

    @Test
    void servicesWaitForHealthyOrCompletedDependencies() {
        services.forEach((name, service) -> {
            if (service.get("depends_on") instanceof Map<?, ?> dependencies) {
                dependencies.forEach((dependency, condition) -> {
                    assertThat(services).as("%s depends on %s", name, dependency).containsKey((String) dependency);
                    assertThat(condition).as("%s waits for %s", name, dependency).isInstanceOf(Map.class);
                });
            }
        });
    }

    @Test
    void dockerComposeAcceptsTheFile() throws Exception {
        Process validate;
        try {
            validate = new ProcessBuilder("docker-compose", "-f", composeFile.toString(), "config", "-q")
                    .directory(composeFile.getParent().toFile()).redirectErrorStream(true).start();
        } catch (IOException missing) {
            fail("docker-compose is not installed: scripts/ensure-tools.sh installs it (the devstack build runs it "
                    + "before its tests), or: apt-get install docker-compose");
            return;
        }
        assertThat(validate.waitFor(120, TimeUnit.SECONDS)).as("docker-compose config finished").isTrue();
        String output = new String(validate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(validate.exitValue()).as("docker-compose config -q said: %s", output).isZero();
    }

    private static Object buildContext(Map<String, Object> service) {
        Object build = service.get("build");
        return build instanceof Map<?, ?> details ? details.get("context") : build;
    }

    private static String healthCheck(Map<String, Object> service) {
        Object healthcheck = service.get("healthcheck");
        return healthcheck instanceof Map<?, ?> check ? String.valueOf(check.get("test")) : "";
    }
}
