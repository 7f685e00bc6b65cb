package nl.talentcharter.partnergateway.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a partner's SSE feed stands: per topic partition, the offset of the next record to read. It is the SSE
 * {@code id} of every event sent, so a client that reconnects with {@code Last-Event-ID} resumes exactly after the
 * last event it got: no gap, no repeat. Text form {@code <topic>:<partition>:<offset>,...} (topic names have no
 * {@code :} or {@code ,}), with a version prefix so the form can change later.
 */
public final class FeedPosition {

    private static final String VERSION = "v1;";
    private static final Pattern ENTRY = Pattern.compile("([a-z][a-z0-9.-]*):(\\d{1,5}):(\\d{1,19})");

    /** One partition of one topic. */
    public record Partition(String topic, int partition) {
    }

    private final Map<Partition, Long> next;

    private FeedPosition(Map<Partition, Long> next) {
        this.next = Collections.unmodifiableMap(new LinkedHashMap<>(next));
    }

    public static FeedPosition of(Map<Partition, Long> next) {
        next.values().forEach(offset -> {
            if (offset < 0) {
                throw new IllegalArgumentException("an offset is never negative");
            }
        });
        return new FeedPosition(next);
    }

    /** @throws IllegalArgumentException when the text is not a position this gateway gave out */
    public static FeedPosition parse(String text) {
        if (text == null || !text.startsWith(VERSION)) {
            throw new IllegalArgumentException("not a feed position: " + text);
        }
        Map<Partition, Long> next = new LinkedHashMap<>();
        String body = text.substring(VERSION.length());
        if (!body.isEmpty()) {
            for (String entry : body.split(",")) {
                var matcher = ENTRY.matcher(entry);
                if (!matcher.matches()) {
                    throw new IllegalArgumentException("not a feed position: " + text);
                }
                next.put(new Partition(matcher.group(1), Integer.parseInt(matcher.group(2))),
                        Long.parseLong(matcher.group(3)));
            }
        }
        return new FeedPosition(next);
    }

    /** The position after reading the record at {@code offset} of {@code partition}. */
    public FeedPosition after(Partition partition, long offset) {
        Map<Partition, Long> moved = new LinkedHashMap<>(next);
        moved.put(partition, offset + 1);
        return new FeedPosition(moved);
    }

    public Map<Partition, Long> next() {
        return next;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(VERSION);
        next.forEach((partition, offset) -> {
            if (text.length() > VERSION.length()) {
                text.append(',');
            }
            text.append(partition.topic()).append(':').append(partition.partition()).append(':').append(offset);
        });
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeedPosition that && next.equals(that.next);
    }

    @Override
    public int hashCode() {
        return Objects.hash(next);
    }
}
