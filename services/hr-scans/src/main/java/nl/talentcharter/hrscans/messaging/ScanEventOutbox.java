package nl.talentcharter.hrscans.messaging;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.talentcharter.contracts.EventType;
import nl.talentcharter.contracts.hrscans.HrScanEvents;
import nl.talentcharter.eventkit.outbox.EventRecorder;
import nl.talentcharter.eventkit.outbox.OutboxCarrier;
import nl.talentcharter.hrscans.domain.scan.HrScan;
import org.springframework.stereotype.Component;

/**
 * Puts the events a use case raised into the scan document's outbox, in order, keyed by the scan id.
 * Nothing is sent here: the events leave with the document's save and the event-kit relay publishes them.
 */
@Component
public class ScanEventOutbox {

    private static final Map<Class<?>, EventType<?>> TYPE_BY_PAYLOAD = HrScanEvents.all().stream()
            .collect(Collectors.toUnmodifiableMap(EventType::payloadType, Function.identity()));

    private final EventRecorder recorder;

    public ScanEventOutbox(EventRecorder recorder) {
        this.recorder = recorder;
    }

    public void recordPending(HrScan scan, OutboxCarrier document) {
        for (Record event : scan.pendingEvents()) {
            record(document, scan.id(), event);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> void record(OutboxCarrier document, String scanId, Record event) {
        EventType<T> type = (EventType<T>) TYPE_BY_PAYLOAD.get(event.getClass());
        if (type == null) {
            throw new IllegalStateException(event.getClass().getName() + " is not an HR scan event of the catalog");
        }
        recorder.record(document, type, scanId, (T) event);
    }
}
