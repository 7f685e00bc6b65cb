package nl.talentcharter.pools.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.talentcharter.eventkit.outbox.Outbox;
import nl.talentcharter.eventkit.outbox.OutboxCarrier;
import nl.talentcharter.pools.domain.matching.GroupRate;
import nl.talentcharter.pools.domain.matching.NearMiss;
import nl.talentcharter.pools.domain.pool.Pool;
import nl.talentcharter.pools.domain.request.TalentRequest;
import nl.talentcharter.pools.domain.talent.Talent;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The stored aggregates: each one document holding state, the events not yet published and a version, so
 * state and events are written together (ADR 0020) and a concurrent change is never lost.
 */
public final class Documents {

    private Documents() {
    }

    /** What every stored aggregate of this service has: its id, its version for optimistic locking, its outbox. */
    abstract static class StoredAggregate implements OutboxCarrier {
        @Id
        String id;
        @Version
        Long version;
        Outbox outbox = new Outbox();

        @Override
        public String getId() {
            return id;
        }

        @Override
        public Outbox getOutbox() {
            return outbox;
        }
    }

    @Document("pools")
    public static class PoolDocument extends StoredAggregate {
        Pool.State pool;
    }

    /** {@code sealedProfile}: the person's profile, sealed with their own key; null once erased. */
    @Document("talent")
    public static class TalentDocument extends StoredAggregate {
        Talent.State talent;
        String sealedProfile;
    }

    @Document("requests")
    public static class RequestDocument extends StoredAggregate {
        TalentRequest.State request;
    }

    /**
     * What a run saw (fingerprint) and decided, kept for human review and overruling (EU AI Act). Written
     * first and whole, before any request is touched: it is the run's intent. {@code applied} turns true once
     * every proposal is in its request; a run that crashed before is completed from here (ADR 0107).
     */
    @Document("matching-runs")
    public record MatchingRun(@Id String runId, String poolId, Instant ranAt, String ranBy, String inputFingerprint,
                              int requests, int people, int withoutConsent, long objective,
                              List<RunMatch> matches, List<NearMiss> nearMisses,
                              Map<String, Integer> unfilledPositions, List<GroupRate> fairness, boolean applied) {
    }

    public record RunMatch(String matchId, String requestId, String memberId, String personId, int score,
                           List<String> explanation) {
    }
}
