package nl.talentcharter.examples.partnerconsumer;

import static nl.talentcharter.examples.partnerconsumer.DocumentedCommands.headers;
import static nl.talentcharter.examples.partnerconsumer.DocumentedCommands.jsonLines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.examples.partnerconsumer.acl.SecuredKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented kcat command with the documented SASL/SCRAM-SHA-512 settings, as partner-uwv, on a broker
 * secured like production. librdkafka before 2.6.1 sends a SCRAM proof that Kafka 4 rejects (edenhill/kcat#462,
 * confluentinc/librdkafka#4895), so this runs only where kcat has a newer one; Debian 12's kcat has 2.0.2.
 */
class KcatOverSaslTest {

    private static SecuredKafka kafka;
    private static DocumentedCommands docs;

    @TempDir
    Path workDir;

    /** Per test, not per class: a skipped test then shows up as skipped, with this reason. */
    @BeforeEach
    void aKcatThatCanLogInToKafka4() throws Exception {
        String version = DocumentedCommands.kcatVersion();
        assumeTrue(version != null, "kcat is not installed: apt-get install kcat");
        assumeTrue(scramWorksWithKafka4(version), "this kcat links a librdkafka older than 2.6.1, whose SCRAM login "
                + "Kafka 4 refuses (edenhill/kcat#462); the SASL path is then covered by KafkaAclModelTest only");
        kafka = SecuredKafka.get();
        docs = DocumentedCommands.partnersPage();
    }

    @Test
    void aPartnerReadsAPublicTopicWithTheDocumentedSettings() throws Exception {
        String memberId = "m-" + UUID.randomUUID().toString().substring(0, 8);
        String id;
        try (PublishedEvents members = new PublishedEvents(kafka.client("members"))) {
            id = members.publish(MemberEvents.MEMBER_JOINED, memberId, 1, PublishedEvents.memberJoined(memberId));
        }

        String out = docs.run("kcat-from-start", workDir, List.of(
                "bootstrap.servers=" + kafka.bootstrapServers(),
                "security.protocol=SASL_PLAINTEXT",
                "sasl.mechanisms=SCRAM-SHA-512",
                "sasl.username=partner-uwv",
                "sasl.password=" + SecuredKafka.password("partner-uwv")));

        assertThat(jsonLines(out)).anySatisfy(record -> assertThat(headers(record)).containsEntry("ce_id", id));
    }

    static boolean scramWorksWithKafka4(String kcatVersion) {
        Matcher m = Pattern.compile("librdkafka (\\d+)\\.(\\d+)\\.(\\d+)").matcher(kcatVersion);
        if (!m.find()) {
            return false;
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        int patch = Integer.parseInt(m.group(3));
        return major > 2 || major == 2 && (minor > 6 || minor == 6 && patch >= 1);
    }
}
