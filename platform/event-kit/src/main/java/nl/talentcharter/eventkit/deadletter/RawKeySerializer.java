package nl.talentcharter.eventkit.deadletter;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes a record key as it came: the binder hands consumed keys over as {@code byte[]}, other code as
 * {@code String}. A dead letter keeps its key byte for byte, and with it its partitioning.
 */
public class RawKeySerializer implements Serializer<Object> {

    @Override
    public byte[] serialize(String topic, Object key) {
        if (key == null || key instanceof byte[]) {
            return (byte[]) key;
        }
        return key.toString().getBytes(StandardCharsets.UTF_8);
    }
}
