package nl.talentcharter.pools.persistence;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.Optional;
import nl.talentcharter.pools.domain.NotFound;
import nl.talentcharter.pools.domain.pool.Pool;
import nl.talentcharter.pools.domain.request.TalentRequest;
import nl.talentcharter.pools.domain.talent.PersonProfile;
import nl.talentcharter.pools.domain.talent.Talent;
import nl.talentcharter.pools.domain.talent.TalentStatus;
import nl.talentcharter.pools.persistence.Documents.MatchingRun;
import nl.talentcharter.pools.persistence.Documents.PoolDocument;
import nl.talentcharter.pools.persistence.Documents.RequestDocument;
import nl.talentcharter.pools.persistence.Documents.TalentDocument;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads and saves the pool aggregates; every save is one single-document write of state plus recorded events.
 * A person's profile is sealed with their key on the way in and opened on the way out.
 */
@Component
public class PoolsStore {

    private final MongoTemplate mongo;
    private final PoolEventOutbox outbox;
    private final PersonVault vault;
    private final JsonMapper json;
    /**
     * The document version each aggregate instance was loaded at (instances live for one use case): a save
     * refuses when someone else wrote in between, instead of overwriting their change (ADR 0104).
     */
    private final Map<Object, Long> loadedAt = Collections.synchronizedMap(new WeakHashMap<>());

    public PoolsStore(MongoTemplate mongo, PoolEventOutbox outbox, PersonVault vault, JsonMapper json) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.vault = vault;
        this.json = json;
    }

    private <A> A remember(A aggregate, Long version) {
        loadedAt.put(aggregate, version);
        return aggregate;
    }

    private void requireUnchanged(Object aggregate, Long current) {
        Long loaded = loadedAt.get(aggregate);
        if (loaded != null && !loaded.equals(current)) {
            throw new OptimisticLockingFailureException("changed concurrently since it was read");
        }
    }

    // ---- pools

    public Pool pool(String poolId) {
        PoolDocument document = mongo.findById(poolId, PoolDocument.class);
        if (document == null) {
            throw new NotFound("pool", poolId);
        }
        return remember(Pool.restore(document.pool), document.version);
    }

    public List<Pool> pools() {
        Query query = new Query();
        query.fields().exclude("outbox");
        return mongo.find(query, PoolDocument.class).stream().map(d -> Pool.restore(d.pool)).toList();
    }

    public List<Pool> poolsWithMember(String memberId) {
        Query query = Query.query(Criteria.where("pool.memberIds").is(memberId));
        query.fields().exclude("outbox");
        return mongo.find(query, PoolDocument.class).stream().map(d -> remember(Pool.restore(d.pool), d.version)).toList();
    }

    public void save(Pool pool) {
        PoolDocument document = Optional.ofNullable(mongo.findById(pool.id(), PoolDocument.class)).orElseGet(PoolDocument::new);
        requireUnchanged(pool, document.version);
        document.id = pool.id();
        document.pool = pool.state();
        outbox.record(document, pool.id(), pool.pendingEvents());
        mongo.save(document);
    }

    // ---- talent

    public Talent talent(String personId) {
        TalentDocument document = talentDocument(personId);
        return remember(Talent.restore(document.talent), document.version);
    }

    public boolean hasTalent(String personId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(personId)), TalentDocument.class);
    }

    /** The person's profile; empty once they were erased (their key is gone). */
    public Optional<PersonProfile> profile(String personId) {
        TalentDocument document = talentDocument(personId);
        return vault.open(personId, document.sealedProfile).map(bytes -> json.readValue(bytes, PersonProfile.class));
    }

    public List<Talent> talentOf(String poolId) {
        Query query = Query.query(Criteria.where("talent.poolId").is(poolId));
        query.fields().exclude("outbox").exclude("sealedProfile");
        return mongo.find(query, TalentDocument.class).stream().map(d -> Talent.restore(d.talent)).toList();
    }

    public List<Talent> available(String poolId) {
        Query query = Query.query(Criteria.where("talent.poolId").is(poolId).and("talent.status").is(TalentStatus.AVAILABLE));
        query.fields().exclude("outbox");
        return mongo.find(query, TalentDocument.class).stream().map(d -> Talent.restore(d.talent)).toList();
    }

    /** People a member or partner offered who are still available (for when the offering member leaves). */
    public List<Talent> availableOfferedBy(String offeredBy) {
        Query query = Query.query(Criteria.where("talent.offeredBy").is(offeredBy).and("talent.status").is(TalentStatus.AVAILABLE));
        query.fields().exclude("outbox").exclude("sealedProfile");
        return mongo.find(query, TalentDocument.class).stream().map(d -> remember(Talent.restore(d.talent), d.version)).toList();
    }

    public void insert(Talent talent, PersonProfile profile) {
        TalentDocument document = new TalentDocument();
        document.id = talent.id();
        document.talent = talent.state();
        document.sealedProfile = vault.seal(talent.id(), json.writeValueAsBytes(profile));
        outbox.record(document, talent.id(), talent.pendingEvents());
        mongo.insert(document);
    }

    public void save(Talent talent) {
        TalentDocument document = talentDocument(talent.id());
        requireUnchanged(talent, document.version);
        document.talent = talent.state();
        outbox.record(document, talent.id(), talent.pendingEvents());
        mongo.save(document);
    }

    /** Crypto-shredding: the key goes first, so even a crash in between leaves nothing readable. */
    public void erase(Talent talent) {
        TalentDocument document = talentDocument(talent.id());
        requireUnchanged(talent, document.version);
        vault.shred(talent.id());
        document.talent = talent.state();
        document.sealedProfile = null;
        outbox.record(document, talent.id(), talent.pendingEvents());
        mongo.save(document);
    }

    private TalentDocument talentDocument(String personId) {
        TalentDocument document = mongo.findById(personId, TalentDocument.class);
        if (document == null) {
            throw new NotFound("person", personId);
        }
        return document;
    }

    // ---- requests

    public TalentRequest request(String requestId) {
        RequestDocument document = mongo.findById(requestId, RequestDocument.class);
        if (document == null) {
            throw new NotFound("request", requestId);
        }
        return remember(TalentRequest.restore(document.request), document.version);
    }

    public List<TalentRequest> requestsOf(String poolId) {
        Query query = Query.query(Criteria.where("request.poolId").is(poolId));
        query.fields().exclude("outbox");
        return mongo.find(query, RequestDocument.class).stream()
                .map(d -> remember(TalentRequest.restore(d.request), d.version)).toList();
    }

    public List<TalentRequest> requestsOfMember(String memberId) {
        Query query = Query.query(Criteria.where("request.memberId").is(memberId));
        query.fields().exclude("outbox");
        return mongo.find(query, RequestDocument.class).stream()
                .map(d -> remember(TalentRequest.restore(d.request), d.version)).toList();
    }

    public List<TalentRequest> requestsProposing(String personId) {
        Query query = Query.query(Criteria.where("request.proposals.personId").is(personId));
        query.fields().exclude("outbox");
        return mongo.find(query, RequestDocument.class).stream()
                .map(d -> remember(TalentRequest.restore(d.request), d.version)).toList();
    }

    public void save(TalentRequest request) {
        RequestDocument document = Optional.ofNullable(mongo.findById(request.id(), RequestDocument.class))
                .orElseGet(RequestDocument::new);
        requireUnchanged(request, document.version);
        document.id = request.id();
        document.request = request.state();
        outbox.record(document, request.id(), request.pendingEvents());
        mongo.save(document);
    }

    // ---- matching runs

    public void insert(MatchingRun run) {
        mongo.insert(run);
    }

    public MatchingRun run(String runId) {
        MatchingRun run = mongo.findById(runId, MatchingRun.class);
        if (run == null) {
            throw new NotFound("matching run", runId);
        }
        return run;
    }

    public List<MatchingRun> runsMentioning(String personId) {
        return mongo.find(Query.query(new Criteria().orOperator(Criteria.where("matches.personId").is(personId),
                Criteria.where("nearMisses.personId").is(personId))), MatchingRun.class);
    }

    public List<MatchingRun> unappliedRuns(String poolId) {
        return mongo.find(Query.query(Criteria.where("poolId").is(poolId).and("applied").is(false)), MatchingRun.class);
    }

    /** The pools with a run that is not applied: written whole, then interrupted while applied (ADR 0107). */
    public List<String> poolsWithUnappliedRuns() {
        return mongo.findDistinct(Query.query(Criteria.where("applied").is(false)), "poolId", MatchingRun.class,
                String.class);
    }

    public void markApplied(String runId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(runId)),
                new org.springframework.data.mongodb.core.query.Update().set("applied", true), MatchingRun.class);
    }

    public void replace(MatchingRun run) {
        mongo.save(run);
    }
}
