package nl.talentcharter.eventkit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import nl.talentcharter.contracts.EventType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EventRecorderTest {

    record Opened(String id, int limit) {
    }

    static final EventType<Opened> OPENED = EventType.of("ledger", "opened", 1, "t", Opened.class);

    final EventRecorder recorder = new EventRecorder(JsonMapper.shared(),
            () -> Optional.of("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"),
            Clock.fixed(Instant.parse("2026-03-01T10:15:30.123456Z"), ZoneOffset.UTC));

    static class Carrier implements OutboxCarrier {
        final Outbox outbox = new Outbox();

        @Override
        public String getId() {
            return "a-1";
        }

        @Override
        public Outbox getOutbox() {
            return outbox;
        }
    }

    @Test
    void appendsTheNextSequenceWithEverythingTheRelayNeeds() {
        Carrier carrier = new Carrier();
        recorder.record(carrier, OPENED, "a-1", new Opened("a-1", 5));
        OutboxEntry second = recorder.record(carrier, OPENED, "a-1", new Opened("a-1", 6));

        assertThat(carrier.getOutbox().entries()).hasSize(2);
        assertThat(carrier.getOutbox().lastSequence()).isEqualTo(2);
        assertThat(second.sequence()).isEqualTo(2);
        assertThat(second.type()).isEqualTo("nl.talentcharter.ledger.opened.v1");
        assertThat(second.source()).isEqualTo("/talentcharter/ledger");
        assertThat(second.dataschema()).isEqualTo("https://talentcharter.nl/schemas/ledger/opened.v1.json");
        assertThat(second.topic()).isEqualTo("t");
        assertThat(second.data()).isEqualTo("{\"id\":\"a-1\",\"limit\":6}");
        assertThat(second.time()).isEqualTo(Instant.parse("2026-03-01T10:15:30.123Z"));
        assertThat(second.traceparent()).startsWith("00-0af7651916cd43dd8448eb211c80319c-");
    }

    @Test
    void rejectsAMissingSubjectOrAPayloadOfTheWrongTypeAndRecordsNothing() {
        Carrier carrier = new Carrier();
        assertThatThrownBy(() -> recorder.record(carrier, OPENED, " ", new Opened("a-1", 5)))
                .isInstanceOf(IllegalArgumentException.class);
        @SuppressWarnings({"unchecked", "rawtypes"})
        EventType<Object> raw = (EventType) OPENED;
        assertThatThrownBy(() -> recorder.record(carrier, raw, "a-1", "not an Opened"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Opened");
        assertThat(carrier.getOutbox().isEmpty()).isTrue();
        assertThat(carrier.getOutbox().lastSequence()).isZero();
    }
}
