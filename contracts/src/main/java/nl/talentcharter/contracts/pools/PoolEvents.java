package nl.talentcharter.contracts.pools;

import java.util.List;
import nl.talentcharter.contracts.EventType;
import nl.talentcharter.contracts.Topics;

/**
 * The events the pools service publishes on {@link Topics#POOLS}. Subject and key = the aggregate id: the
 * pool id for pool membership, the pseudonymous person id for talent offered, withdrawn and erased, the
 * request id for requests and the matches proposed for them. People appear by pseudonymous id only.
 */
public final class PoolEvents {

    public static final String SERVICE = "pools";

    public static final EventType<PoolFormed> POOL_FORMED =
            EventType.of(SERVICE, "pool-formed", 1, Topics.POOLS, PoolFormed.class);
    public static final EventType<MemberJoinedPool> MEMBER_JOINED_POOL =
            EventType.of(SERVICE, "member-joined-pool", 1, Topics.POOLS, MemberJoinedPool.class);
    public static final EventType<MemberLeftPool> MEMBER_LEFT_POOL =
            EventType.of(SERVICE, "member-left-pool", 1, Topics.POOLS, MemberLeftPool.class);
    public static final EventType<TalentOffered> TALENT_OFFERED =
            EventType.of(SERVICE, "talent-offered", 1, Topics.POOLS, TalentOffered.class);
    public static final EventType<TalentWithdrawn> TALENT_WITHDRAWN =
            EventType.of(SERVICE, "talent-withdrawn", 1, Topics.POOLS, TalentWithdrawn.class);
    public static final EventType<PersonErased> PERSON_ERASED =
            EventType.of(SERVICE, "person-erased", 1, Topics.POOLS, PersonErased.class);
    public static final EventType<TalentRequested> TALENT_REQUESTED =
            EventType.of(SERVICE, "talent-requested", 1, Topics.POOLS, TalentRequested.class);
    public static final EventType<MatchProposed> MATCH_PROPOSED =
            EventType.of(SERVICE, "match-proposed", 1, Topics.POOLS, MatchProposed.class);
    public static final EventType<PlacementConfirmed> PLACEMENT_CONFIRMED =
            EventType.of(SERVICE, "placement-confirmed", 1, Topics.POOLS, PlacementConfirmed.class);
    public static final EventType<PlacementEnded> PLACEMENT_ENDED =
            EventType.of(SERVICE, "placement-ended", 1, Topics.POOLS, PlacementEnded.class);
    public static final EventType<MatchDeclined> MATCH_DECLINED =
            EventType.of(SERVICE, "match-declined", 1, Topics.POOLS, MatchDeclined.class);

    private PoolEvents() {
    }

    public static List<EventType<?>> all() {
        return List.of(POOL_FORMED, MEMBER_JOINED_POOL, MEMBER_LEFT_POOL, TALENT_OFFERED, TALENT_WITHDRAWN, PERSON_ERASED, TALENT_REQUESTED, MATCH_PROPOSED,
                PLACEMENT_CONFIRMED, PLACEMENT_ENDED, MATCH_DECLINED);
    }
}
