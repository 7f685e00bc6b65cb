package nl.talentcharter.examples.partnerconsumer;

/** A record's place in the log: enough to find it again with kcat ({@code -t topic -p partition -o offset}). */
public record RecordPosition(String topic, int partition, long offset) {

    @Override
    public String toString() {
        return topic + "-" + partition + "@" + offset;
    }
}
