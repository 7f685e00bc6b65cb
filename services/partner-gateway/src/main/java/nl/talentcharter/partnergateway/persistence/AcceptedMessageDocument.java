package nl.talentcharter.partnergateway.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One accepted partner message, in ONE document: the dedup record (its {@code _id} is {@code source + " " + id},
 * so a second insert of the same message fails on the key), the event as it will be relayed, and whether the relay
 * has published it yet. Accepting is this single insert: there is no state in which a message is deduplicated but
 * not queued for relay, or queued twice.
 */
@Document(AcceptedMessageDocument.COLLECTION)
public class AcceptedMessageDocument extends CarriedCloudEvent {

    public static final String COLLECTION = "accepted_messages";
    public static final String RELAYED = "relayed";

    @Id
    private String id;
    private String partnerId;
    private Instant time;
    private String via;
    private Instant acceptedAt;
    private boolean relayed;

    protected AcceptedMessageDocument() {
    }

    public AcceptedMessageDocument(String partnerId, String eventId, String source, String type, String subject,
            Instant time, String dataschema, String data, String via, Instant acceptedAt) {
        super(eventId, source, type, subject, dataschema, data);
        this.id = key(source, eventId);
        this.partnerId = partnerId;
        this.time = time;
        this.via = via;
        this.acceptedAt = acceptedAt;
        this.relayed = false;
    }

    public static String key(String source, String eventId) {
        return source + " " + eventId;
    }

    public String getId() {
        return id;
    }

    public String getPartnerId() {
        return partnerId;
    }

    public Instant getTime() {
        return time;
    }

    public String getVia() {
        return via;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public boolean isRelayed() {
        return relayed;
    }
}
