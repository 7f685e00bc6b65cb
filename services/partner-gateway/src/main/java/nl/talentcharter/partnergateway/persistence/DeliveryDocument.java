package nl.talentcharter.partnergateway.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One event to deliver to one subscription. {@code _id = subscriptionId + ":" + eventId}: recording the same
 * event again (the topic re-read after a rebalance or a crash) finds it there and adds nothing, so each event is
 * delivered once per subscription. Kept after delivery for that reason.
 */
@Document(DeliveryDocument.COLLECTION)
public class DeliveryDocument extends CarriedCloudEvent {

    public static final String COLLECTION = "deliveries";

    public enum Status {
        PENDING, DELIVERED, DEAD_LETTERED
    }

    @Id
    private String id;
    private String subscriptionId;
    private String partnerId;
    private long position;
    private Status status;
    private int attempts;
    private Instant recordedAt;
    private Instant firstAttemptAt;
    private Instant nextAttemptAt;
    private Instant deliveredAt;
    private Instant deadLetteredAt;
    private String lastError;
    private String time;
    private String sequence;

    protected DeliveryDocument() {
    }

    public DeliveryDocument(String subscriptionId, String partnerId, long position, Instant recordedAt, String eventId,
            String source, String type, String subject, String time, String dataschema, String sequence, String data) {
        super(eventId, source, type, subject, dataschema, data);
        this.id = key(subscriptionId, eventId);
        this.subscriptionId = subscriptionId;
        this.partnerId = partnerId;
        this.position = position;
        this.status = Status.PENDING;
        this.recordedAt = recordedAt;
        this.nextAttemptAt = recordedAt;
        this.time = time;
        this.sequence = sequence;
    }

    public static String key(String subscriptionId, String eventId) {
        return subscriptionId + ":" + eventId;
    }

    public String getId() {
        return id;
    }

    public String getSubscriptionId() {
        return subscriptionId;
    }

    public String getPartnerId() {
        return partnerId;
    }

    public long getPosition() {
        return position;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Instant getFirstAttemptAt() {
        return firstAttemptAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public Instant getDeadLetteredAt() {
        return deadLetteredAt;
    }

    public String getLastError() {
        return lastError;
    }

    public String getTime() {
        return time;
    }

    public String getSequence() {
        return sequence;
    }
}
