package nl.talentcharter.devstack;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A broker left behind by a devstack that was killed hard (kill -9, a crashed IDE) still holds the
 * port and the log directory. It is recognised by the server.properties of this data folder on its
 * command line and stopped before a new one starts.
 */
final class OrphanedBrokers {

    private static final Logger log = LoggerFactory.getLogger(OrphanedBrokers.class);

    private OrphanedBrokers() {
    }

    static void stopAll(Path kafkaDir) {
        String properties = kafkaDir.toAbsolutePath().resolve("server.properties").toString();
        List<ProcessHandle> orphans = ProcessHandle.allProcesses()
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> p.info().commandLine().map(c -> c.contains("kafka.Kafka") && c.contains(properties)).orElse(false))
                .toList();
        for (ProcessHandle orphan : orphans) {
            log.warn("stopping an orphaned Kafka broker (pid {}) of an earlier devstack on {}", orphan.pid(), kafkaDir);
            orphan.destroy();
            try {
                orphan.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception stillThere) {
                orphan.destroyForcibly();
            }
        }
    }
}
