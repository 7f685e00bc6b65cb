package nl.talentcharter.eventkit.deadletter;

import java.time.Instant;
import java.util.Map;

/**
 * One record on a dead-letter topic, as an operator sees it.
 *
 * @param headers  all headers of the dead letter, as UTF-8 text
 * @param redriven whether it has been re-driven to its original topic already
 */
public record DeadLetter(String deadLetterTopic, int partition, long offset, String key, Instant time, String reason,
        String detail, String originalTopic, Integer originalPartition, Long originalOffset,
        Map<String, String> headers, boolean redriven) {

    /** {@code topic/partition/offset}: identifies the dead letter, also in the re-drive record. */
    public String reference() {
        return reference(deadLetterTopic, partition, offset);
    }

    static String reference(String topic, int partition, long offset) {
        return topic + "/" + partition + "/" + offset;
    }
}
