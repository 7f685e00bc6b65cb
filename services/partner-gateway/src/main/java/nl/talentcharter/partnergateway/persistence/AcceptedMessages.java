package nl.talentcharter.partnergateway.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The store of accepted partner messages: insert-once by source and id, and the relay's pending list. */
@Component
public class AcceptedMessages {

    private final MongoTemplate mongo;

    public AcceptedMessages(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Inserts the message; empty when one with the same source and id is there already (returned instead). */
    public Optional<AcceptedMessageDocument> insertOrFindOriginal(AcceptedMessageDocument message) {
        try {
            mongo.insert(message);
            return Optional.empty();
        } catch (DuplicateKeyException duplicate) {
            return Optional.ofNullable(mongo.findById(message.getId(), AcceptedMessageDocument.class));
        }
    }

    public Optional<AcceptedMessageDocument> find(String source, String eventId) {
        return Optional.ofNullable(mongo.findById(AcceptedMessageDocument.key(source, eventId), AcceptedMessageDocument.class));
    }

    /** Not yet relayed, oldest first. */
    public List<AcceptedMessageDocument> pending(int limit) {
        return mongo.find(new Query(Criteria.where(AcceptedMessageDocument.RELAYED).is(false))
                .with(Sort.by("acceptedAt")).limit(limit), AcceptedMessageDocument.class);
    }

    public void markRelayed(List<String> ids) {
        mongo.updateMulti(new Query(Criteria.where("_id").in(ids)), new Update().set(AcceptedMessageDocument.RELAYED, true),
                AcceptedMessageDocument.class);
    }
}
