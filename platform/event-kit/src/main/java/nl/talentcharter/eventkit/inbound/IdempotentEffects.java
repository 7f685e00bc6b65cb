package nl.talentcharter.eventkit.inbound;

import com.mongodb.client.result.UpdateResult;
import nl.talentcharter.eventkit.metrics.EventMetrics;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Applies a consumer's effect on one document exactly once per event: the record of what was applied
 * lives in the same document and is written by the same single-document update as the effect, so there
 * is no moment in which one exists without the other, and no transaction is needed.
 *
 * <p>With a per-aggregate sequence (every event of this platform has one) the document keeps, in field
 * {@value #APPLIED}, the last applied sequence per source aggregate ({@code source} + {@code subject}); the
 * update only matches while that is lower than the event's. A re-sent, replayed or older event matches
 * nothing: the upsert then collides with the existing {@code _id}, which is how a duplicate is recognised.
 * Events without a sequence (partner messages) are recorded by id in {@value #APPLIED_IDS} instead.
 */
public class IdempotentEffects {

    /** Field of the read-model document: source aggregate key → last applied sequence. */
    public static final String APPLIED = "appliedSequences";
    /** Field of the read-model document: ids of applied events that carry no sequence. */
    public static final String APPLIED_IDS = "appliedEventIds";

    private final MongoTemplate mongo;
    private final EventMetrics metrics;

    public IdempotentEffects(MongoTemplate mongo, EventMetrics metrics) {
        this.mongo = mongo;
        this.metrics = metrics;
    }

    /**
     * Applies {@code effect} to document {@code documentId} of {@code documentType} (created if missing)
     * unless this document already reflects {@code event}.
     */
    public Applied applyOnce(InboundEvent event, Class<?> documentType, String documentId, Update effect) {
        return applyOnce(event, mongo.getCollectionName(documentType), documentId, effect);
    }

    public Applied applyOnce(InboundEvent event, String collection, String documentId, Update effect) {
        Query notYetApplied;
        Update update = effect;
        if (event.hasSequence()) {
            String field = APPLIED + "." + aggregateKey(event);
            notYetApplied = new Query(Criteria.where("_id").is(documentId).and(field).not().gte(event.sequence()));
            update.set(field, event.sequence());
        } else {
            notYetApplied = new Query(Criteria.where("_id").is(documentId).and(APPLIED_IDS).ne(event.id()));
            update.addToSet(APPLIED_IDS, event.id());
        }
        try {
            UpdateResult result = mongo.upsert(notYetApplied, update, collection);
            if (result.getMatchedCount() == 0 && result.getUpsertedId() == null) {
                return duplicate(event);
            }
        } catch (DuplicateKeyException alreadyThere) {
            if (!alreadyApplied(event, collection, documentId)) {
                // a different unique key collided: a real failure, not a duplicate event
                throw alreadyThere;
            }
            return duplicate(event);
        }
        metrics.consumed(event.type(), event.topic());
        return Applied.APPLIED;
    }

    /** Whether the document already reflects {@code event}. */
    public boolean alreadyApplied(InboundEvent event, String collection, String documentId) {
        Document document = mongo.getCollection(collection).find(new Document("_id", documentId)).first();
        if (document == null) {
            return false;
        }
        if (event.hasSequence()) {
            Document applied = document.get(APPLIED, Document.class);
            Object last = applied == null ? null : applied.get(aggregateKey(event));
            return last instanceof Number n && n.longValue() >= event.sequence();
        }
        return document.getList(APPLIED_IDS, String.class, java.util.List.of()).contains(event.id());
    }

    private Applied duplicate(InboundEvent event) {
        metrics.duplicate(event.type(), event.topic());
        return Applied.DUPLICATE;
    }

    /**
     * A field name for the source aggregate: MongoDB field names must not contain {@code .} or start with
     * {@code $}, so those (and {@code %}, to stay unambiguous) are percent-encoded.
     */
    static String aggregateKey(InboundEvent event) {
        String raw = event.source() + "|" + event.subject();
        StringBuilder key = new StringBuilder(raw.length());
        for (char c : raw.toCharArray()) {
            switch (c) {
                case '.' -> key.append("%2E");
                case '$' -> key.append("%24");
                case '%' -> key.append("%25");
                default -> key.append(c);
            }
        }
        return key.toString();
    }
}
