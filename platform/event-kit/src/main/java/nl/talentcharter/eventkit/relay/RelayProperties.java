package nl.talentcharter.eventkit.relay;

import java.time.Duration;

/**
 * @param batchSize     documents drained per round: their records are sent together and acknowledged together
 * @param sweepInterval how often every carrier collection is scanned for entries a crash left behind
 * @param initialBackoff first pause after a failed round; doubles up to {@code maxBackoff}
 * @param maxBackoff    longest pause while the broker stays unreachable
 */
public record RelayProperties(int batchSize, Duration sweepInterval, Duration initialBackoff, Duration maxBackoff) {

    public static RelayProperties defaults() {
        return new RelayProperties(200, Duration.ofSeconds(10), Duration.ofMillis(200), Duration.ofSeconds(5));
    }
}
