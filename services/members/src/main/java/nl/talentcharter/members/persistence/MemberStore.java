package nl.talentcharter.members.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import nl.talentcharter.eventkit.outbox.OutboxCarrier;
import nl.talentcharter.members.domain.KvkNumber;
import nl.talentcharter.members.domain.KvkNumberTaken;
import nl.talentcharter.members.domain.Member;
import nl.talentcharter.members.domain.MemberId;
import nl.talentcharter.members.domain.UnknownMember;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Loads and saves member aggregates. Every save is one single-document write carrying the state and
 * the events the use case recorded into the outbox; {@code @Version} turns concurrent edits into an
 * optimistic-locking failure instead of a lost update.
 */
@Component
public class MemberStore {

    private final MongoTemplate mongo;

    public MemberStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A loaded member together with the document it came from (version and outbox). */
    public static final class Loaded {
        private final MemberDocument document;
        private final Member member;
        private final int historyAtLoad;

        private Loaded(MemberDocument document, Member member) {
            this.document = document;
            this.member = member;
            this.historyAtLoad = document == null ? -1 : member.history().size();
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
                mongo.save(document);
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
