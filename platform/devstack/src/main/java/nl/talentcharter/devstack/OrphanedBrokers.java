package nl.talentcharter.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

    /**
     * The full command line. On Linux the JDK's {@code ProcessHandle.Info} cuts long command lines (the
     * broker's classpath alone is several kilobytes), losing the server.properties path at the end.
     */
    private static Optional<String> commandLine(ProcessHandle process) {
        Path cmdline = Path.of("/proc", String.valueOf(process.pid()), "cmdline");
        if (Files.isReadable(cmdline)) {
            try {
                return Optional.of(new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).replace('\0', ' '));
            } catch (IOException gone) {
                return Optional.empty();
            }
        }
        return process.info().commandLine();
    }

    static void stopAll(Path kafkaDir) {
        String properties = kafkaDir.toAbsolutePath().resolve("server.properties").toString();
        List<ProcessHandle> orphans = ProcessHandle.allProcesses()
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> commandLine(p).map(c -> c.contains("kafka.Kafka") && c.contains(properties)).orElse(false))
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
