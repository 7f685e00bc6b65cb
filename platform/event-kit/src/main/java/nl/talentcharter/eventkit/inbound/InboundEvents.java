package nl.talentcharter.eventkit.inbound;

import static nl.talentcharter.eventkit.inbound.InvalidEventException.Reason.MALFORMED_ATTRIBUTE;
import static nl.talentcharter.eventkit.inbound.InvalidEventException.Reason.MISSING_ATTRIBUTE;
import static nl.talentcharter.eventkit.inbound.InvalidEventException.Reason.NOT_JSON;
import static nl.talentcharter.eventkit.inbound.InvalidEventException.Reason.SCHEMA_VIOLATION;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.talentcharter.contracts.EventCatalog;
import nl.talentcharter.contracts.EventSchemas;
import nl.talentcharter.contracts.EventType;
import nl.talentcharter.eventkit.cloudevents.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses CloudEvents in Kafka binary mode from a Spring {@link Message} (a Spring Cloud Stream consumer)
 * or a raw {@link ConsumerRecord}, and rejects what can never be processed with an
 * {@link InvalidEventException}: payload not JSON, a required attribute ({@code ce_id}, {@code ce_source},
 * {@code ce_type}, {@code ce_specversion} 1.0, {@code ce_subject}) missing, a malformed {@code ce_time} or
 * {@code ce_sequence}, or a payload of a catalogued type that violates its schema ({@link EventSchemas}).
 *
 * <p>Tolerant reader: unknown headers and unknown payload fields are ignored, and a type the catalog does
 * not know is passed on unvalidated (a newer producer may add types; the consumer decides to ignore them).
 */
public class InboundEvents {

    private final JsonMapper json;
    // an ObjectReader is immutable and thread-safe: one per payload type instead of one per event
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    public InboundEvents(JsonMapper json) {
        this.json = json;
    }

    public InboundEvent parse(Message<byte[]> message) {
        Map<String, String> headers = new HashMap<>();
        message.getHeaders().forEach((name, value) -> {
            String text = text(value);
            if (text != null) {
                headers.put(name, text);
            }
        });
        return parse(headers, message.getPayload(), headers.get(KafkaHeaders.RECEIVED_TOPIC),
                integer(headers.get(KafkaHeaders.RECEIVED_PARTITION)), longValue(headers.get(KafkaHeaders.OFFSET)));
    }

    public InboundEvent parse(ConsumerRecord<?, byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return parse(headers, record.value(), record.topic(), record.partition(), record.offset());
    }

    /** The payload as {@code type}'s record; fields the record does not know are ignored. */
    public <T> T payload(InboundEvent event, EventType<T> type) {
        if (!event.is(type)) {
            throw new IllegalArgumentException("event " + event.id() + " is a " + event.type() + ", not " + type.type());
        }
        try {
            return readers.computeIfAbsent(type.payloadType(), t -> json.readerFor(t)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
                    .readValue(event.data());
        } catch (JacksonException e) {
            throw new InvalidEventException(SCHEMA_VIOLATION,
                    "payload of " + event.type() + " does not fit " + type.payloadType().getSimpleName() + ": "
                            + e.getOriginalMessage());
        }
    }

    private InboundEvent parse(Map<String, String> headers, byte[] data, String topic, Integer partition,
            Long offset) {
        String specversion = required(headers, CloudEventHeaders.SPECVERSION);
        if (!CloudEventHeaders.SPEC_1_0.equals(specversion)) {
            throw new InvalidEventException(MALFORMED_ATTRIBUTE, "unsupported ce_specversion " + specversion);
        }
        String id = required(headers, CloudEventHeaders.ID);
        String source = required(headers, CloudEventHeaders.SOURCE);
        String type = required(headers, CloudEventHeaders.TYPE);
        String subject = required(headers, CloudEventHeaders.SUBJECT);
        OffsetDateTime time = time(headers.get(CloudEventHeaders.TIME));
        Long sequence = sequence(headers.get(CloudEventHeaders.SEQUENCE));
        String traceparent = headers.getOrDefault(CloudEventHeaders.TRACEPARENT,
                headers.get(CloudEventHeaders.CE_TRACEPARENT));
        JsonNode payload = requireJson(type, data);
        if (EventCatalog.byType(type).isPresent()) {
            List<String> violations = EventSchemas.violationsOf(type, payload);
            if (!violations.isEmpty()) {
                throw new InvalidEventException(SCHEMA_VIOLATION, type + " violates its schema: "
                        + String.join("; ", violations));
            }
        }
        return new InboundEvent(id, source, type, subject, time, headers.get(CloudEventHeaders.DATASCHEMA),
                sequence, traceparent, topic, partition, offset, data);
    }

    /** The payload's tree, parsed once for the check and the schema (ADR 0127). */
    private JsonNode requireJson(String type, byte[] data) {
        if (data == null || data.length == 0) {
            throw new InvalidEventException(NOT_JSON, type + " has no payload");
        }
        try {
            return json.readTree(data);
        } catch (JacksonException e) {
            throw new InvalidEventException(NOT_JSON, type + " payload is not JSON: " + e.getOriginalMessage());
        }
    }

    private static String required(Map<String, String> headers, String name) {
        String value = headers.get(name);
        if (value == null || value.isBlank()) {
            throw new InvalidEventException(MISSING_ATTRIBUTE, "missing CloudEvents attribute " + name);
        }
        return value;
    }

    private static OffsetDateTime time(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidEventException(MALFORMED_ATTRIBUTE, "ce_time is not RFC 3339: " + value);
        }
    }

    private static Long sequence(String value) {
        if (value == null) {
            return null;
        }
        try {
            long sequence = Long.parseLong(value);
            if (sequence < 1) {
                throw new NumberFormatException();
            }
            return sequence;
        } catch (NumberFormatException e) {
            throw new InvalidEventException(MALFORMED_ATTRIBUTE, "ce_sequence is not a positive decimal: " + value);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value.toString();
    }

    private static Integer integer(String value) {
        return value == null ? null : Integer.valueOf(value);
    }

    private static Long longValue(String value) {
        return value == null ? null : Long.valueOf(value);
    }
}
