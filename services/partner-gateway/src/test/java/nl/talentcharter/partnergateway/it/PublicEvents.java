package nl.talentcharter.partnergateway.it;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import nl.talentcharter.contracts.events.EventsEvents;
import nl.talentcharter.eventkit.cloudevents.CloudEventRecords;
import nl.talentcharter.eventkit.outbox.OutboxEntry;
import nl.talentcharter.testkit.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes real events-service events (EventCancelled) on talentcharter.events, as that service's relay would. */
final class PublicEvents implements AutoCloseable {

    static final String CANCELLED = EventsEvents.EVENT_CANCELLED.type();

    private final KafkaProducer<String, byte[]> producer;

    PublicEvents() {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** One EventCancelled of {@code gatheringId} with this sequence; returns its ce_id. */
    String cancelled(String gatheringId, long sequence) {
        String id = UUID.randomUUID().toString();
        String payload = """
                {"eventId": "%s", "reason": "The venue is not available (%d).", "cancelledAt": "2026-03-25T09:00:00Z"}"""
                .formatted(gatheringId, sequence);
        OutboxEntry entry = new OutboxEntry(id, CANCELLED, EventsEvents.EVENT_CANCELLED.source(), gatheringId, sequence,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), EventsEvents.EVENT_CANCELLED.schemaId(),
                EventsEvents.EVENT_CANCELLED.topic(), payload, null);
        try {
            producer.send(CloudEventRecords.toRecord(entry)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    @Override
    public void close() {
        producer.close();
    }
}
