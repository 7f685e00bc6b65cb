package nl.talentcharter.sprints.messaging;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.talentcharter.contracts.EventType;
import nl.talentcharter.contracts.sprints.SprintEvents;
import nl.talentcharter.eventkit.outbox.EventRecorder;
import nl.talentcharter.eventkit.outbox.OutboxCarrier;
import nl.talentcharter.sprints.domain.sprint.Sprint;
import org.springframework.stereotype.Component;

/**
 * Puts the events a use case raised into the sprint document's outbox, in order, keyed by the sprint id.
 * Nothing is sent here: the events leave with the document's save and the event-kit relay publishes them.
 */
@Component
public class SprintEventOutbox {

    private static final Map<Class<?>, EventType<?>> TYPE_BY_PAYLOAD = SprintEvents.all().stream()
            .collect(Collectors.toUnmodifiableMap(EventType::payloadType, Function.identity()));

    private final EventRecorder recorder;

    public SprintEventOutbox(EventRecorder recorder) {
        this.recorder = recorder;
    }

    public void recordPending(Sprint sprint, OutboxCarrier document) {
        for (Record event : sprint.pendingEvents()) {
            record(document, sprint.id(), event);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> void record(OutboxCarrier document, String sprintId, Record event) {
        EventType<T> type = (EventType<T>) TYPE_BY_PAYLOAD.get(event.getClass());
        if (type == null) {
            throw new IllegalStateException(event.getClass().getName() + " is not a sprint event of the catalog");
        }
        recorder.record(document, type, sprintId, (T) event);
    }
}
