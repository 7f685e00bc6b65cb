package nl.talentcharter.pools.persistence;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

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
    private static final String HOLDER = "holder";

    private final MongoTemplate mongo;

    public MatchingRunLease(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The pool's lease as one run (or one completion of interrupted runs) took it. */
    public record Hold(String poolId, String holder) {
    }

    /** @return empty when another run of this pool holds the lease */
    public Optional<Hold> take(String poolId, Instant now) {
        Hold hold = new Hold(poolId, UUID.randomUUID().toString());
        try {
            mongo.getCollection(COLLECTION).findOneAndUpdate(
                    Filters.and(Filters.eq("_id", poolId), Filters.lte(UNTIL, Date.from(now))),
                    Updates.combine(Updates.set(UNTIL, Date.from(now.plus(LEASE))), Updates.set(HOLDER, hold.holder())),
                    new FindOneAndUpdateOptions().upsert(true));
            return Optional.of(hold);
        } catch (MongoCommandException | MongoWriteException e) {
            if (e.getCode() == 11000) {
                return Optional.empty();
            }
            throw e;
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
    }

    /**
     * Ends the hold, if it is still the lease's holder: a run that outlived its lease must not free the lease
     * another run took over after it expired.
     */
    public void release(Hold hold, Instant now) {
        mongo.getCollection(COLLECTION).updateOne(
                Filters.and(Filters.eq("_id", hold.poolId()), Filters.eq(HOLDER, hold.holder())),
                Updates.set(UNTIL, Date.from(now)));
    }
}
