package nl.talentcharter.monitoring.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;

/**
 * The records of one poll, as Spring Cloud Stream's batch mode hands them over (one message, a list payload and
 * the per-record headers as lists), split back into one message per record: event-kit parses a record at a time,
 * and a bad record must be named by its own index.
 */
final class RecordBatch {

    private RecordBatch() {
    }

    static List<Message<byte[]>> split(Message<List<byte[]>> batch) {
        MessageHeaders headers = batch.getHeaders();
        List<byte[]> payloads = batch.getPayload();
        List<?> converted = list(headers, KafkaHeaders.BATCH_CONVERTED_HEADERS);
        List<?> topics = list(headers, KafkaHeaders.RECEIVED_TOPIC);
        List<?> partitions = list(headers, KafkaHeaders.RECEIVED_PARTITION);
        List<?> offsets = list(headers, KafkaHeaders.OFFSET);
        List<Message<byte[]>> records = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            MessageBuilder<byte[]> record = MessageBuilder.withPayload(payloads.get(i) == null ? new byte[0] : payloads.get(i));
            if (converted != null && converted.get(i) instanceof Map<?, ?> own) {
                own.forEach((name, value) -> record.setHeader(String.valueOf(name), value));
            }
            set(record, KafkaHeaders.RECEIVED_TOPIC, topics, i);
            set(record, KafkaHeaders.RECEIVED_PARTITION, partitions, i);
            set(record, KafkaHeaders.OFFSET, offsets, i);
            records.add(record.build());
        }
        return records;
    }

    private static List<?> list(MessageHeaders headers, String name) {
        return headers.get(name) instanceof List<?> list ? list : null;
    }

    private static void set(MessageBuilder<byte[]> record, String name, List<?> values, int index) {
        if (values != null && index < values.size()) {
            record.setHeader(name, values.get(index));
        }
    }
}
