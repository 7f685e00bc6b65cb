package nl.talentcharter.events.messaging;

import nl.talentcharter.eventkit.outbox.EventRecorder;
import nl.talentcharter.eventkit.outbox.OutboxCarrier;
import nl.talentcharter.events.domain.Gathering;
import nl.talentcharter.events.domain.GatheringEvent;
import org.springframework.stereotype.Component;

/**
 * Puts the events a use case raised into the gathering document's outbox, in order. Nothing is sent here:
 * the events leave with the document's save, and the event-kit relay publishes them.
 */
@Component
public class GatheringEventOutbox {

    private final EventRecorder recorder;

    public GatheringEventOutbox(EventRecorder recorder) {
        this.recorder = recorder;
    }

    public void recordPending(Gathering gathering, OutboxCarrier document) {
        for (GatheringEvent event : gathering.pendingEvents()) {
            record(document, gathering.id().value(), ContractEvents.of(gathering, event));
        }
    }

    private <T> void record(OutboxCarrier document, String subject, ContractEvents.Outgoing<T> outgoing) {
        recorder.record(document, outgoing.type(), subject, outgoing.payload());
    }
}
