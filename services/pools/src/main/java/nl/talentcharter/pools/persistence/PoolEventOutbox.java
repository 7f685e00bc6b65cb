package nl.talentcharter.pools.persistence;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.talentcharter.contracts.EventType;
import nl.talentcharter.contracts.pools.PoolEvents;
import nl.talentcharter.eventkit.outbox.EventRecorder;
import nl.talentcharter.eventkit.outbox.OutboxCarrier;
import org.springframework.stereotype.Component;

/** Puts the events a use case raised into the aggregate document's outbox, in order, keyed by its id. */
@Component
public class PoolEventOutbox {

    private static final Map<Class<?>, EventType<?>> TYPE_BY_PAYLOAD = PoolEvents.all().stream()
            .collect(Collectors.toUnmodifiableMap(EventType::payloadType, Function.identity()));

    private final EventRecorder recorder;

    PoolEventOutbox(EventRecorder recorder) {
        this.recorder = recorder;
    }

    void record(OutboxCarrier document, String subject, List<Record> events) {
        events.forEach(event -> record(document, subject, event));
    }

    @SuppressWarnings("unchecked")
    private <T> void record(OutboxCarrier document, String subject, Record event) {
        EventType<T> type = (EventType<T>) TYPE_BY_PAYLOAD.get(event.getClass());
        if (type == null) {
            throw new IllegalStateException(event.getClass().getName() + " is not a pool event of the catalog");
        }
        recorder.record(document, type, subject, (T) event);
    }
}
