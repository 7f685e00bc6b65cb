package nl.talentcharter.partnergateway.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A partner's webhook subscription. {@code lastPosition} numbers the deliveries recorded for it, so the worker can
 * deliver them in the order the gateway consumed the events. The secret is kept as given: the gateway must sign
 * with it (it is shown to the partner only once, when created).
 */
@Document(SubscriptionDocument.COLLECTION)
public class SubscriptionDocument {

    public static final String COLLECTION = "subscriptions";
    public static final String EVENT_TYPES = "eventTypes";
    public static final String LAST_POSITION = "lastPosition";

    @Id
    private String id;
    private String partnerId;
    private List<String> eventTypes;
    private String url;
    private String secret;
    private Instant createdAt;
    private long lastPosition;

    protected SubscriptionDocument() {
    }

    public SubscriptionDocument(String id, String partnerId, List<String> eventTypes, String url, String secret,
            Instant createdAt) {
        this.id = id;
        this.partnerId = partnerId;
        this.eventTypes = List.copyOf(eventTypes);
        this.url = url;
        this.secret = secret;
        this.createdAt = createdAt;
    }

    public String getId() {
        return id;
    }

    public String getPartnerId() {
        return partnerId;
    }

    public List<String> getEventTypes() {
        return eventTypes;
    }

    public String getUrl() {
        return url;
    }

    public String getSecret() {
        return secret;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getLastPosition() {
        return lastPosition;
    }
}
