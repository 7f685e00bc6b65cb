package nl.talentcharter.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Every service module is one deployable unit in deploy/: Deployment with actuator probes, Service, config refs. */
class DeploymentManifestsTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyServiceModuleHasADeploymentWithProbesAndAService() throws IOException {
        Path deploy = RepositoryFiles.root().resolve("deploy");
        Map<String, Object> kustomization = load(deploy.resolve("kustomization.yaml")).get(0);
        List<String> resources = (List<String>) kustomization.get("resources");

        for (String module : RepositoryFiles.serviceModules()) {
            assertThat(resources).as("deploy/kustomization.yaml resources").contains("k8s/" + module + ".yaml");
            List<Map<String, Object>> documents = load(deploy.resolve("k8s").resolve(module + ".yaml"));
            assertThat(documents).extracting(d -> d.get("kind")).as(module).contains("Deployment", "Service");

            Map<String, Object> deployment = documents.stream().filter(d -> "Deployment".equals(d.get("kind")))
                    .findFirst().orElseThrow();
            Map<String, Object> podSpec = (Map<String, Object>) at(deployment, "spec", "template", "spec");
            Map<String, Object> container = ((List<Map<String, Object>>) podSpec.get("containers")).get(0);
            assertThat(at(container, "livenessProbe", "httpGet", "path")).as(module).isEqualTo("/actuator/health/liveness");
            assertThat(at(container, "readinessProbe", "httpGet", "path")).as(module).isEqualTo("/actuator/health/readiness");
            assertThat(String.valueOf(container.get("envFrom"))).as(module).contains("talentcharter-platform");
            assertThat(String.valueOf(container.get("env"))).as(module).contains("secretKeyRef");
        }
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> map, String... path) {
        Object current = map;
        for (String key : path) {
            current = current instanceof Map<?, ?> m ? ((Map<String, Object>) m).get(key) : null;
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> load(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        new Yaml(new LoaderOptions()).loadAll(Files.readString(file)).forEach(d -> documents.add((Map<String, Object>) d));
        return documents;
    }
}
