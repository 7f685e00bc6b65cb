package nl.talentcharter.partnergateway.persistence;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.talentcharter.partnergateway.persistence.DeliveryDocument.Status;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Deliveries in the store: recorded once per subscription and event, taken in position order. */
@Component
public class Deliveries {

    private final MongoTemplate mongo;

    public Deliveries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public boolean exists(String subscriptionId, String eventId) {
        return mongo.exists(new Query(Criteria.where("_id").is(DeliveryDocument.key(subscriptionId, eventId))),
                DeliveryDocument.class);
    }

    /** False when this event was recorded for this subscription before. */
    public boolean record(DeliveryDocument delivery) {
        try {
            mongo.insert(delivery);
            return true;
        } catch (DuplicateKeyException already) {
            return false;
        }
    }

    /** Subscriptions that have a delivery due now. */
    public Set<String> subscriptionsDue(Instant now, int limit) {
        Query due = new Query(Criteria.where("status").is(Status.PENDING).and("nextAttemptAt").lte(now)).limit(limit);
        due.fields().include("subscriptionId");
        Set<String> ids = new LinkedHashSet<>();
        mongo.find(due, DeliveryDocument.class).forEach(d -> ids.add(d.getSubscriptionId()));
        return ids;
    }

    /** The first pending delivery of the subscription: nothing after it goes out before it is settled. */
    public Optional<DeliveryDocument> head(String subscriptionId) {
        return Optional.ofNullable(mongo.findOne(new Query(Criteria.where("subscriptionId").is(subscriptionId)
                .and("status").is(Status.PENDING)).with(Sort.by("position")).limit(1), DeliveryDocument.class));
    }

    public void delivered(String id, int attempts, Instant at) {
        mongo.updateFirst(new Query(Criteria.where("_id").is(id)), new Update().set("status", Status.DELIVERED)
                .set("attempts", attempts).set("deliveredAt", at).unset("lastError"), DeliveryDocument.class);
    }

    public void failed(String id, int attempts, Instant firstAttemptAt, Instant nextAttemptAt, String error) {
        mongo.updateFirst(new Query(Criteria.where("_id").is(id)), new Update().set("attempts", attempts)
                .set("firstAttemptAt", firstAttemptAt).set("nextAttemptAt", nextAttemptAt).set("lastError", error),
                DeliveryDocument.class);
    }

    public void deadLettered(String id, int attempts, Instant firstAttemptAt, Instant at, String error) {
        mongo.updateFirst(new Query(Criteria.where("_id").is(id)), new Update().set("status", Status.DEAD_LETTERED)
                .set("attempts", attempts).set("firstAttemptAt", firstAttemptAt).set("deadLetteredAt", at)
                .set("lastError", error), DeliveryDocument.class);
    }

    public List<DeliveryDocument> deadLetters(String subscriptionId) {
        return mongo.find(new Query(Criteria.where("subscriptionId").is(subscriptionId)
                .and("status").is(Status.DEAD_LETTERED)).with(Sort.by("position")), DeliveryDocument.class);
    }

    /** Puts the dead letters back in line, in their original order, with a fresh count of attempts. */
    public long redeliver(String subscriptionId, Instant now) {
        return mongo.updateMulti(new Query(Criteria.where("subscriptionId").is(subscriptionId)
                        .and("status").is(Status.DEAD_LETTERED)),
                new Update().set("status", Status.PENDING).set("attempts", 0).set("nextAttemptAt", now)
                        .unset("firstAttemptAt").unset("deadLetteredAt"), DeliveryDocument.class).getModifiedCount();
    }

    public long removeDeliveredBefore(Instant before) {
        return mongo.remove(new Query(Criteria.where("status").is(Status.DELIVERED).and("deliveredAt").lt(before)),
                DeliveryDocument.class).getDeletedCount();
    }

    public void deleteOf(String subscriptionId) {
        mongo.remove(new Query(Criteria.where("subscriptionId").is(subscriptionId)), DeliveryDocument.class);
    }
}
