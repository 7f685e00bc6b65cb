package nl.talentcharter.partnergateway.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Subscriptions in the store. */
@Component
public class Subscriptions {

    private final MongoTemplate mongo;

    public Subscriptions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void insert(SubscriptionDocument subscription) {
        mongo.insert(subscription);
    }

    public Optional<SubscriptionDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, SubscriptionDocument.class));
    }

    public List<SubscriptionDocument> all() {
        return mongo.find(new Query().with(Sort.by("createdAt")), SubscriptionDocument.class);
    }

    public List<SubscriptionDocument> ofPartner(String partnerId) {
        return mongo.find(new Query(Criteria.where("partnerId").is(partnerId)).with(Sort.by("createdAt")),
                SubscriptionDocument.class);
    }

    public List<SubscriptionDocument> forType(String ceType) {
        return mongo.find(new Query(Criteria.where(SubscriptionDocument.EVENT_TYPES).is(ceType)), SubscriptionDocument.class);
    }

    /** The next delivery position of the subscription; empty when it was deleted meanwhile. */
    public Optional<Long> nextPosition(String subscriptionId) {
        SubscriptionDocument updated = mongo.findAndModify(new Query(Criteria.where("_id").is(subscriptionId)),
                new Update().inc(SubscriptionDocument.LAST_POSITION, 1), FindAndModifyOptions.options().returnNew(true),
                SubscriptionDocument.class);
        return Optional.ofNullable(updated).map(SubscriptionDocument::getLastPosition);
    }

    public void delete(String id) {
        mongo.remove(new Query(Criteria.where("_id").is(id)), SubscriptionDocument.class);
    }
}
