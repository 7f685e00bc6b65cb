package nl.talentcharter.pools.persistence;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * One matching run per pool at a time, across instances: a lease document per pool taken with one atomic
 * upsert that matches only while the lease has expired (the same single-document technique as the HR
 * scans' scheduler lock). A crashed run's lease simply expires.
 */
@Component
public class MatchingRunLease {

    static final Duration LEASE = Duration.ofMinutes(5);
    private static final String COLLECTION = "matching-run-leases";
    private static final String UNTIL = "until";

    private final MongoTemplate mongo;

    public MatchingRunLease(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return false when another run of this pool holds the lease */
    public boolean take(String poolId, Instant now) {
        try {
            mongo.getCollection(COLLECTION).findOneAndUpdate(
                    Filters.and(Filters.eq("_id", poolId), Filters.lte(UNTIL, Date.from(now))),
                    Updates.set(UNTIL, Date.from(now.plus(LEASE))), new FindOneAndUpdateOptions().upsert(true));
            return true;
        } catch (MongoCommandException | MongoWriteException e) {
            if (e.getCode() == 11000) {
                return false;
            }
            throw e;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public void release(String poolId, Instant now) {
        mongo.getCollection(COLLECTION).updateOne(new Document("_id", poolId), Updates.set(UNTIL, Date.from(now)));
    }
}
