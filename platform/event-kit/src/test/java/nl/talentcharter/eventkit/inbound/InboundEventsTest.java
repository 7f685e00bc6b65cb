package nl.talentcharter.eventkit.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.talentcharter.contracts.EventType;
import nl.talentcharter.contracts.members.MemberEvents;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.json.JsonMapper;

class InboundEventsTest {

    record Opened(String id) {
    }

    static final EventType<Opened> OPENED = EventType.of("ledger", "opened", 1, "t", Opened.class);

    final InboundEvents events = new InboundEvents(JsonMapper.shared());

    @Test
    void readsTheEnvelopeFromBinderMappedHeadersAndIgnoresUnknownPayloadFields() {
        InboundEvent event = events.parse(message("{\"id\":\"a-1\",\"addedLater\":true}", Map.of()));

        assertThat(event.id()).isEqualTo("e-1");
        assertThat(event.subject()).isEqualTo("a-1");
        assertThat(event.sequence()).isEqualTo(7L);
        assertThat(event.topic()).isEqualTo("t");
        assertThat(event.offset()).isEqualTo(42L);
        assertThat(event.time()).isNotNull();
        assertThat(events.payload(event, OPENED)).isEqualTo(new Opened("a-1"));
    }

    @Test
    void rejectsWhatCanNeverBeProcessedWithItsReason() {
        assertReason(message("{oops", Map.of()), InvalidEventException.Reason.NOT_JSON);
        assertReason(message("", Map.of()), InvalidEventException.Reason.NOT_JSON);
        assertReason(message("{}", Map.of("ce_type", "")), InvalidEventException.Reason.MISSING_ATTRIBUTE);
        assertReason(message("{}", Map.of("ce_specversion", "0.3")), InvalidEventException.Reason.MALFORMED_ATTRIBUTE);
        assertReason(message("{}", Map.of("ce_sequence", "0")), InvalidEventException.Reason.MALFORMED_ATTRIBUTE);
        assertReason(message("{}", Map.of("ce_time", "yesterday")), InvalidEventException.Reason.MALFORMED_ATTRIBUTE);
        assertReason(message("{\"memberId\":5}", Map.of("ce_type", MemberEvents.MEMBER_JOINED.type())),
                InvalidEventException.Reason.SCHEMA_VIOLATION);
    }

    private void assertReason(Message<byte[]> message, InvalidEventException.Reason reason) {
        assertThatThrownBy(() -> events.parse(message)).isInstanceOfSatisfying(InvalidEventException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static Message<byte[]> message(String payload, Map<String, String> overrides) {
        MessageBuilder<byte[]> builder = MessageBuilder.withPayload(payload.getBytes(StandardCharsets.UTF_8))
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, "t")
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, 1)
                .setHeader(KafkaHeaders.OFFSET, 42L);
        Map<String, String> headers = new java.util.HashMap<>(Map.of("ce_specversion", "1.0", "ce_id", "e-1",
                "ce_source", "/talentcharter/ledger", "ce_type", OPENED.type(), "ce_subject", "a-1",
                "ce_time", "2026-03-01T10:15:30.123Z", "ce_sequence", "7", "content-type", "application/json"));
        headers.putAll(overrides);
        // the Kafka binder hands unknown headers over as raw bytes
        headers.forEach((name, value) -> builder.setHeader(name, value.getBytes(StandardCharsets.UTF_8)));
        return builder.build();
    }
}
