package nl.talentcharter.partnergateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import nl.talentcharter.partnergateway.application.DeliveredCleanup;
import nl.talentcharter.partnergateway.persistence.Deliveries;
import nl.talentcharter.partnergateway.persistence.DeliveryDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Old delivered webhooks are forgotten; recent ones, pending ones and dead letters are kept. */
class DeliveredCleanupTest extends GatewayIntegrationTest {

    @Autowired
    private Deliveries deliveries;
    @Autowired
    private DeliveredCleanup cleanup;

    @Test
    void forgetsOnlyWhatWasDeliveredLongerThanTheRetentionAgo() {
        String subscription = "cleanup-" + newId();
        Instant now = Instant.now();
        String old = delivery(subscription, 1);
        String recent = delivery(subscription, 2);
        String pending = delivery(subscription, 3);
        String dead = delivery(subscription, 4);
        deliveries.delivered(old, 1, now.minus(Duration.ofDays(8)));
        deliveries.delivered(recent, 1, now.minus(Duration.ofDays(6)));
        deliveries.deadLettered(dead, 3, now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(8)), "HTTP 500");

        assertThat(cleanup.run()).isGreaterThanOrEqualTo(1);

        assertThat(mongo.findById(old, DeliveryDocument.class)).isNull();
        assertThat(mongo.findById(recent, DeliveryDocument.class)).isNotNull();
        assertThat(mongo.findById(pending, DeliveryDocument.class)).isNotNull();
        assertThat(mongo.findById(dead, DeliveryDocument.class)).isNotNull();
    }

    private String delivery(String subscription, long position) {
        String eventId = newId();
        deliveries.record(new DeliveryDocument(subscription, "nobody", position, Instant.now().minus(Duration.ofDays(10)),
                eventId, "/talentcharter/events", PublicEvents.CANCELLED, "g-1", null, null, "1", "{}"));
        return DeliveryDocument.key(subscription, eventId);
    }
}
