package nl.talentcharter.members.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import nl.talentcharter.eventkit.outbox.Outbox;
import nl.talentcharter.eventkit.outbox.OutboxCarrier;
import nl.talentcharter.eventkit.relay.OutboxRelay;
import nl.talentcharter.members.domain.KvkNumber;
import nl.talentcharter.members.domain.KvkNumberTaken;
import nl.talentcharter.members.domain.Member;
import nl.talentcharter.members.domain.MemberId;
import nl.talentcharter.members.domain.UnknownMember;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Loads and saves member aggregates. Every save is one single-document write carrying the state and
 * the events the use case recorded into the outbox; the version check turns concurrent edits into an
 * optimistic-locking failure (409) instead of a lost update.
 */
@Component
public class MemberStore {

    private static final String VERSION = "version";
    private static final String ENTRIES = "entries";
    private static final String SEQUENCE = "sequence";
    private static final String LAST_SEQUENCE = "lastSequence";

    private final MongoTemplate mongo;
    private final ObjectProvider<OutboxRelay> relay;

    public MemberStore(MongoTemplate mongo, ObjectProvider<OutboxRelay> relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    /** A loaded member together with the document it came from (version and outbox). */
    public static final class Loaded {
        private final MemberDocument document;
        private final Member member;
        private final int historyAtLoad;
        private final long sequenceAtLoad;

        private Loaded(MemberDocument document, Member member) {
            this.document = document;
            this.member = member;
            this.historyAtLoad = document == null ? -1 : member.history().size();
            this.sequenceAtLoad = document == null ? 0 : document.outbox.lastSequence();
        }

        public Member member() {
            return member;
        }

        /** Every change leaves a history entry, so an unchanged history means there is nothing to write. */
        public boolean changed() {
            return member.history().size() > historyAtLoad;
        }
    }

    public Loaded load(MemberId id) {
        MemberDocument document = mongo.findById(id.value(), MemberDocument.class);
        if (document == null) {
            throw new UnknownMember(id);
        }
        return new Loaded(document, MemberDocumentMapper.toMember(document));
    }

    public Member get(MemberId id) {
        return load(id).member();
    }

    /** A member not stored yet: {@link #save} inserts it, so an id or KvK clash never overwrites anything. */
    public Loaded fresh(Member member) {
        return new Loaded(null, member);
    }

    /**
     * Writes the member's state and, through {@code recordEvents}, its pending events in one write.
     *
     * @throws KvkNumberTaken when another member has the KvK number (the unique index decides, also in a race)
     */
    public void save(Loaded loaded, Instant now, BiConsumer<Member, OutboxCarrier> recordEvents) {
        Member member = loaded.member;
        boolean inserting = loaded.document == null;
        MemberDocument document = inserting ? new MemberDocument() : loaded.document;
        MemberDocumentMapper.copy(member, document);
        if (inserting) {
            document.createdAt = now;
        }
        document.updatedAt = now;
        recordEvents.accept(member, document);
        try {
            if (inserting) {
                mongo.insert(document);
            } else {
                update(document, loaded.sequenceAtLoad);
            }
        } catch (DuplicateKeyException e) {
            KvkNumber kvk = member.profile().kvkNumber();
            Optional<MemberId> holder = findIdByKvk(kvk).filter(other -> !other.equals(member.id()));
            if (holder.isEmpty() && inserting && mongo.findById(member.id().value(), MemberDocument.class) != null) {
                throw e; // an id clash, not a KvK clash: cannot happen with random ids, so don't disguise it
            }
            throw new KvkNumberTaken(kvk, holder.orElse(null));
        }
    }

    /**
     * One atomic, version-checked update that sets the state and <em>appends</em> only the new outbox
     * entries. Replacing the whole document would write back entries the relay published (and
     * {@code $pull}ed) since we loaded it, and they would go out twice; a {@code $push} commutes
     * with the relay's {@code $pull}. The relay is then asked to drain this document right away, as
     * the kit's save listener would after a plain save.
     */
    private void update(MemberDocument document, long sequenceAtLoad) {
        org.bson.Document written = new org.bson.Document();
        mongo.getConverter().write(document, written);
        Update update = new Update();
        written.forEach((field, value) -> {
            if (!field.equals("_id") && !field.equals(VERSION) && !field.equals(Outbox.FIELD)) {
                update.set(field, value);
            }
        });
        // the converter leaves null fields out; an update must remove them, not keep the old value
        mongo.getConverter().getMappingContext().getRequiredPersistentEntity(MemberDocument.class)
                .doWithProperties((org.springframework.data.mapping.PropertyHandler<
                        org.springframework.data.mongodb.core.mapping.MongoPersistentProperty>) property -> {
                    if (!written.containsKey(property.getFieldName())) {
                        update.unset(property.getFieldName());
                    }
                });
        List<Object> appended = new ArrayList<>();
        org.bson.Document outbox = written.get(Outbox.FIELD, org.bson.Document.class);
        for (Object entry : outbox.getList(ENTRIES, Object.class, List.of())) {
            if (((org.bson.Document) entry).get(SEQUENCE, Number.class).longValue() > sequenceAtLoad) {
                appended.add(entry);
            }
        }
        update.set(Outbox.FIELD + "." + LAST_SEQUENCE, document.outbox.lastSequence());
        if (!appended.isEmpty()) {
            update.push(Outbox.FIELD + "." + ENTRIES).each(appended.toArray());
        }
        update.inc(VERSION, 1);
        Query current = Query.query(Criteria.where("_id").is(document.id).and(VERSION).is(document.version));
        if (mongo.updateFirst(current, update, MemberDocument.class).getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("member " + document.id + " was changed concurrently");
        }
        document.version = document.version + 1;
        if (!appended.isEmpty()) {
            relay.ifAvailable(r -> r.requestDrain(MemberDocument.COLLECTION, document.id));
        }
    }

    public Optional<MemberId> findIdByKvk(KvkNumber kvk) {
        Query query = Query.query(Criteria.where("kvkNumber").is(kvk.value()));
        query.fields().include("_id");
        MemberDocument document = mongo.findOne(query, MemberDocument.class);
        return Optional.ofNullable(document).map(d -> new MemberId(d.id));
    }

    /** Organisation data only: contacts, history and outbox are not read for a search. */
    public Page<Member> search(MemberSearch search, Pageable page) {
        Criteria criteria = new Criteria();
        List<Criteria> filters = new java.util.ArrayList<>();
        if (search.region() != null) filters.add(Criteria.where("region").is(search.region()));
        if (search.sector() != null) filters.add(Criteria.where("sector").is(search.sector()));
        if (search.sizeClass() != null) filters.add(Criteria.where("sizeClass").is(search.sizeClass()));
        if (search.status() != null) filters.add(Criteria.where("status").is(search.status()));
        // equality on an array field matches documents whose array contains the value
        if (search.actionLine() != null) filters.add(Criteria.where("actionLines").is(search.actionLine()));
        if (search.frontRunner() != null) filters.add(Criteria.where("frontRunner").is(search.frontRunner()));
        if (search.kvkNumber() != null) filters.add(Criteria.where("kvkNumber").is(search.kvkNumber()));
        if (!filters.isEmpty()) {
            criteria = criteria.andOperator(filters);
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, MemberDocument.class);
        query.with(page);
        query.fields().exclude("contacts", "history", "outbox");
        List<Member> members = mongo.find(query, MemberDocument.class).stream()
                .map(MemberDocumentMapper::toMember).toList();
        return new PageImpl<>(members, page, total);
    }
}
