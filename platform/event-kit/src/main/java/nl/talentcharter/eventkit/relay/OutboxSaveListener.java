package nl.talentcharter.eventkit.relay;

import nl.talentcharter.eventkit.outbox.OutboxCarrier;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/**
 * Hands a just-saved carrier with pending entries to the relay, so events leave right after the
 * write that recorded them. Writes that bypass the mapping events (raw updates) are found by the sweep.
 */
public class OutboxSaveListener extends AbstractMongoEventListener<OutboxCarrier> {

    private final OutboxRelay relay;

    public OutboxSaveListener(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<OutboxCarrier> event) {
        OutboxCarrier carrier = event.getSource();
        if (carrier.getOutbox() != null && !carrier.getOutbox().isEmpty()) {
            Object id = event.getDocument() == null ? carrier.getId() : event.getDocument().get("_id");
            relay.requestDrain(event.getCollectionName(), id);
        }
    }
}
