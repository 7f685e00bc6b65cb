package nl.talentcharter.hrscans.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.support.AbstractStorageAccessor;
import net.javacrumbs.shedlock.support.StorageBasedLockProvider;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * ShedLock's storage-based lock provider on a MongoDB collection: one document per lock name
 * ({@code _id}), taken with one atomic {@code findOneAndUpdate} upsert that only matches while the lock
 * has expired. When another instance holds it, the upsert collides with the existing {@code _id} and the
 * lock is not taken. Single-document operations only, so it works on the embedded store as on MongoDB
 * (ShedLock's own Mongo provider is not available here, ADR 0061).
 */
public class MongoLockProvider extends StorageBasedLockProvider {

    public MongoLockProvider(MongoTemplate mongo, String collection) {
        super(new Accessor(mongo, collection));
    }

    static final class Accessor extends AbstractStorageAccessor {

        private static final String LOCK_UNTIL = "lockUntil";
        private static final String LOCKED_AT = "lockedAt";
        private static final String LOCKED_BY = "lockedBy";

        private final MongoTemplate mongo;
        private final String collection;

        Accessor(MongoTemplate mongo, String collection) {
            this.mongo = mongo;
            this.collection = collection;
        }

        @Override
        public boolean insertRecord(LockConfiguration configuration) {
            // the provider calls this first; taking the lock covers both "new" and "expired"
            return take(configuration);
        }

        @Override
        public boolean updateRecord(LockConfiguration configuration) {
            return take(configuration);
        }

        private boolean take(LockConfiguration configuration) {
            Instant now = ClockProvider.now();
            try {
                locks().findOneAndUpdate(
                        Filters.and(Filters.eq("_id", configuration.getName()), Filters.lte(LOCK_UNTIL, Date.from(now))),
                        Updates.combine(Updates.set(LOCK_UNTIL, Date.from(configuration.getLockAtMostUntil())),
                                Updates.set(LOCKED_AT, Date.from(now)), Updates.set(LOCKED_BY, getHostname())),
                        new FindOneAndUpdateOptions().upsert(true));
                return true;
            } catch (com.mongodb.MongoCommandException | com.mongodb.MongoWriteException e) {
                if (isDuplicateKey(e)) {
                    return false;
                }
                throw e;
            } catch (DuplicateKeyException e) {
                return false;
            }
        }

        @Override
        public void unlock(LockConfiguration configuration) {
            locks().updateOne(Filters.eq("_id", configuration.getName()),
                    Updates.set(LOCK_UNTIL, Date.from(configuration.getUnlockTime())));
        }

        @Override
        public boolean extend(LockConfiguration configuration) {
            Instant now = ClockProvider.now();
            return locks().updateOne(Filters.and(Filters.eq("_id", configuration.getName()),
                    Filters.gt(LOCK_UNTIL, Date.from(now)), Filters.eq(LOCKED_BY, getHostname())),
                    Updates.set(LOCK_UNTIL, Date.from(configuration.getLockAtMostUntil()))).getModifiedCount() > 0;
        }

        private MongoCollection<Document> locks() {
            return mongo.getCollection(collection);
        }

        private static boolean isDuplicateKey(RuntimeException e) {
            int code = e instanceof com.mongodb.MongoCommandException c ? c.getErrorCode()
                    : ((com.mongodb.MongoWriteException) e).getError().getCode();
            return code == 11000;
        }
    }
}
