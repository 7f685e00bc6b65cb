package nl.talentcharter.eventkit.outbox;

import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.result.UpdateResult;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeConvertEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;

/**
 * A {@link MongoTemplate} whose {@code save} of a stored {@link OutboxCarrier} never rewrites its outbox
 * entries (ADR 0025).
 *
 * <p>A plain save replaces the whole document. A service that loaded an aggregate before the relay
 * published and removed its pending entries would write those entries back, and the relay would send them
 * again. Here the save of a carrier that is already stored is ONE single-document update instead:
 * {@code $set} of every state field (and {@code $unset} of the ones that became null), {@code $push} of
 * only the entries recorded since the document was read, and the {@code @Version} check and increment of
 * a normal save. State and new events still land in one atomic write; a {@code $push} commutes with the
 * relay's {@code $pull}, so neither undoes the other. New documents are inserted as usual.
 *
 * <p>Every path of Spring Data that saves goes through here (template {@code save}, repositories), so a
 * service needs no code of its own: the kit registers this template as the application's
 * {@code mongoTemplate}.
 */
public class OutboxMongoTemplate extends MongoTemplate {

    private static final String ID = "_id";

    public OutboxMongoTemplate(MongoDatabaseFactory factory, MongoConverter converter) {
        super(factory, converter);
    }

    @Override
    public <T> T save(T objectToSave, String collectionName) {
        if (!(objectToSave instanceof OutboxCarrier)) {
            return super.save(objectToSave, collectionName);
        }
        MongoPersistentEntity<?> entity = getConverter().getMappingContext()
                .getRequiredPersistentEntity(objectToSave.getClass());
        if (entity.isNew(objectToSave)) {
            return super.save(objectToSave, collectionName);
        }
        return saveStored(objectToSave, entity, collectionName);
    }

    private <T> T saveStored(T objectToSave, MongoPersistentEntity<?> entity, String collectionName) {
        T toSave = maybeEmitEvent(new BeforeConvertEvent<>(objectToSave, collectionName)).getSource();
        toSave = maybeCallBeforeConvert(toSave, collectionName);
        MongoPersistentProperty versionProperty = entity.getVersionProperty();
        PersistentPropertyAccessor<T> accessor = entity.getPropertyAccessor(toSave);
        Number loadedVersion = versionProperty == null ? null : (Number) accessor.getProperty(versionProperty);
        if (versionProperty != null) {
            accessor.setProperty(versionProperty, nextVersion(loadedVersion, versionProperty.getType()));
        }

        Document written = new Document();
        getConverter().write(toSave, written);
        maybeEmitEvent(new BeforeSaveEvent<>(toSave, written, collectionName));
        toSave = maybeCallBeforeSave(toSave, written, collectionName);

        Document filter = new Document(ID, written.get(ID));
        if (versionProperty != null) {
            filter.append(versionProperty.getFieldName(), loadedVersion);
        }
        Outbox outbox = ((OutboxCarrier) toSave).getOutbox();
        Document update = update(entity, written, outbox);
        // without a version there is nothing to check, and a save of an unknown id creates it, as a plain save would
        UpdateOptions options = new UpdateOptions().upsert(versionProperty == null);
        UpdateResult result = execute(collectionName, collection -> collection.updateOne(filter, update, options));
        if (versionProperty != null && result.getMatchedCount() == 0) {
            accessor.setProperty(versionProperty, loadedVersion);
            throw new OptimisticLockingFailureException("Cannot save " + entity.getType().getSimpleName() + " "
                    + written.get(ID) + " at version " + loadedVersion + ": it was changed or removed concurrently");
        }
        maybeEmitEvent(new AfterSaveEvent<>(toSave, written, collectionName));
        return maybeCallAfterSave(toSave, written, collectionName);
    }

    /**
     * The state as {@code $set}/{@code $unset}, the outbox only as {@code $push} of the entries recorded since
     * the document was read. {@code lastSequence} moves with {@code $max}: it only ever grows.
     */
    private static Document update(MongoPersistentEntity<?> entity, Document written, Outbox outbox) {
        Document set = new Document();
        written.forEach((field, value) -> {
            if (!field.equals(ID) && !field.equals(Outbox.FIELD)) {
                set.append(field, value);
            }
        });
        Document unset = new Document();
        // the converter leaves null properties out; the update must remove them, not keep the stored value
        for (MongoPersistentProperty property : entity) {
            String field = property.getFieldName();
            if (!property.isIdProperty() && !field.equals(Outbox.FIELD) && !written.containsKey(field)) {
                unset.append(field, "");
            }
        }
        Document update = new Document("$set", set);
        if (!unset.isEmpty()) {
            update.append("$unset", unset);
        }
        List<Document> appended = appendedEntries(written, outbox.storedSequence());
        if (!appended.isEmpty()) {
            update.append("$push", new Document(Outbox.FIELD + ".entries", new Document("$each", appended)));
            update.append("$max", new Document(Outbox.FIELD + ".lastSequence", outbox.lastSequence()));
        }
        return update;
    }

    private static List<Document> appendedEntries(Document written, long storedSequence) {
        Document outbox = written.get(Outbox.FIELD, Document.class);
        List<Document> appended = new ArrayList<>();
        if (outbox == null) {
            return appended;
        }
        for (Document entry : outbox.getList("entries", Document.class, List.of())) {
            if (entry.get("sequence", Number.class).longValue() > storedSequence) {
                appended.add(entry);
            }
        }
        return appended;
    }

    private static Number nextVersion(Number current, Class<?> type) {
        long next = current == null ? 0 : current.longValue() + 1;
        if (type == Integer.class || type == int.class) {
            return (int) next;
        }
        return next;
    }

    /** Every successful write (insert, insert of many, save) leaves the outbox's entries stored. */
    @Override
    protected <T> T maybeCallAfterSave(T object, Document document, String collection) {
        if (object instanceof OutboxCarrier carrier && carrier.getOutbox() != null) {
            carrier.getOutbox().stored();
        }
        return super.maybeCallAfterSave(object, document, collection);
    }
}
