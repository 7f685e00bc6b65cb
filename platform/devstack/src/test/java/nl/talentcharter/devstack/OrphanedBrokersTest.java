package nl.talentcharter.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.talentcharter.testkit.KafkaBrokerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broker left running by a devstack killed with -9 is stopped before the next one starts on its data. */
class OrphanedBrokersTest {

    @Test
    void theBrokerOfThisDataFolderIsStoppedAndOthersAreLeftAlone(@TempDir Path home) {
        KafkaBrokerProcess orphan = new KafkaBrokerProcess(home.resolve("kafka"), 0, System.getProperty("java.class.path"))
                .start();
        try {
            OrphanedBrokers.stopAll(home.resolve("another-devstack"));
            assertThat(orphan.isRunning()).as("a broker of another data folder is not touched").isTrue();

            OrphanedBrokers.stopAll(home.resolve("kafka"));
            assertThat(orphan.isRunning()).isFalse();
        } finally {
            orphan.stop();
        }
    }
}
