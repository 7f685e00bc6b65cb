package nl.talentcharter.partnergateway.it;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.talentcharter.contracts.EventSchemas;
import nl.talentcharter.contracts.events.EventsEvents;
import nl.talentcharter.testkit.CloudEventPublisher;

/** Publishes real events-service events (EventCancelled) on talentcharter.events, as that service's relay would. */
final class PublicEvents implements AutoCloseable {

    static final String CANCELLED = EventsEvents.EVENT_CANCELLED.type();

    private final CloudEventPublisher publisher = CloudEventPublisher.onSharedBroker(EventSchemas::requirePublishable);

    /** One EventCancelled of {@code gatheringId} with this sequence; returns its ce_id. */
    String cancelled(String gatheringId, long sequence) {
        String payload = """
                {"eventId": "%s", "reason": "The venue is not available (%d).", "cancelledAt": "2026-03-25T09:00:00Z"}"""
                .formatted(gatheringId, sequence);
        return publisher.event(EventsEvents.EVENT_CANCELLED.topic(), CANCELLED, EventsEvents.EVENT_CANCELLED.source())
                .subject(gatheringId).sequence(sequence).time(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .dataschema(EventsEvents.EVENT_CANCELLED.schemaId()).data(payload).publish();
    }

    @Override
    public void close() {
        publisher.close();
    }
}
