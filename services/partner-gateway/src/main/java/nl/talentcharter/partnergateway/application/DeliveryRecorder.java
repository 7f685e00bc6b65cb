package nl.talentcharter.partnergateway.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import nl.talentcharter.eventkit.inbound.InboundEvent;
import nl.talentcharter.partnergateway.persistence.Deliveries;
import nl.talentcharter.partnergateway.persistence.DeliveryDocument;
import nl.talentcharter.partnergateway.persistence.SubscriptionDocument;
import nl.talentcharter.partnergateway.persistence.Subscriptions;
import org.springframework.stereotype.Service;

/**
 * For each event of a public topic, one pending delivery per subscription to its type. Recording is idempotent
 * (the delivery's key is subscription + event id), so the topic may be read again after a crash or a rebalance
 * without anyone getting an event twice. Positions follow the order in which the gateway read the events.
 */
@Service
public class DeliveryRecorder {

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final Clock clock;

    public DeliveryRecorder(Subscriptions subscriptions, Deliveries deliveries, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Returns how many deliveries were recorded. */
    public int record(InboundEvent event) {
        int recorded = 0;
        for (SubscriptionDocument subscription : subscriptions.forType(event.type())) {
            if (deliveries.exists(subscription.getId(), event.id())) {
                continue;
            }
            // a gap in positions (a crash between the two writes) is harmless: only the order counts
            Long position = subscriptions.nextPosition(subscription.getId()).orElse(null);
            if (position == null) {
                continue; // unsubscribed meanwhile
            }
            boolean added = deliveries.record(new DeliveryDocument(subscription.getId(), subscription.getPartnerId(),
                    position, clock.instant(), event.id(), event.source(), event.type(), event.subject(),
                    event.time() == null ? null : event.time().toString(), event.dataschema(),
                    event.sequence() == null ? null : Long.toString(event.sequence()),
                    new String(event.data(), StandardCharsets.UTF_8)));
            recorded += added ? 1 : 0;
        }
        return recorded;
    }
}
