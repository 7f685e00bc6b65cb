package nl.talentcharter.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.talentcharter.contracts.Topics;
import org.junit.jupiter.api.Test;

/** deploy/kafka/topics.txt (compose and Kubernetes create topics from it) names the contracts' topics. */
class TopicDefinitionsTest {

    @Test
    void everyTopicOfTheContractsAndItsDeadLetterTopicIsDefined() throws IOException {
        Map<String, String[]> defined = Files.readAllLines(RepositoryFiles.root().resolve("deploy/kafka/topics.txt"))
                .stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.split("\\s+")).collect(Collectors.toMap(f -> f[0], Function.identity()));

        List<String> expected = new ArrayList<>(Topics.publicTopics());
        expected.add(Topics.PARTNERS_INBOUND);
        List.copyOf(expected).forEach(topic -> expected.add(Topics.deadLetter(topic)));
        assertThat(defined.keySet()).containsExactlyInAnyOrderElementsOf(expected);

        assertThat(defined.get(Topics.MONITORING_KPI)[2]).contains("cleanup.policy=compact");
        defined.values().forEach(f -> assertThat(Integer.parseInt(f[1])).as(f[0] + " partitions").isPositive());
    }
}
