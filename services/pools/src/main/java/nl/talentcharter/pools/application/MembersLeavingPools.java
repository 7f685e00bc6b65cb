package nl.talentcharter.pools.application;

import java.time.Clock;
import nl.talentcharter.pools.domain.pool.Pool;
import nl.talentcharter.pools.domain.request.TalentRequest;
import nl.talentcharter.pools.domain.talent.Talent;
import nl.talentcharter.pools.persistence.MemberDirectory;
import nl.talentcharter.pools.persistence.PoolsStore;
import org.springframework.stereotype.Service;

/**
 * A member whose membership is suspended or ended leaves every pool it is in (MemberLeftPool), its open
 * requests close (proposals still open are declined on its behalf: MatchDeclined), and the people it offered
 * and who are still available are withdrawn (TalentWithdrawn): the offering member answers for their consent
 * and contact, and can no longer do so. Confirmed placements run on. Partners' offers are not touched.
 *
 * <p>Each step is its own single-document write and does nothing when already done, so a redelivered event,
 * or one delivered again after a crash halfway, finishes the work without repeating any event. The steps run
 * only while the local view still says suspended or ended: a replayed old suspension after a reinstatement
 * removes nobody.
 */
@Service
public class MembersLeavingPools {

    private final PoolsStore store;
    private final MemberDirectory members;
    private final Clock clock;

    public MembersLeavingPools(PoolsStore store, MemberDirectory members, Clock clock) {
        this.store = store;
        this.members = members;
        this.clock = clock;
    }

    public void memberLeftTheCharter(String memberId, String why) {
        if (!members.hasLeftTheCharter(memberId)) {
            return;
        }
        String reason = "the offering or requesting member's membership was " + why;
        for (Pool pool : store.poolsWithMember(memberId)) {
            pool.leave(memberId, clock.instant());
            store.save(pool);
        }
        for (TalentRequest request : store.requestsOfMember(memberId)) {
            if (!request.closed()) {
                request.close(reason, request.state().poolId(), clock.instant());
                store.save(request);
            }
        }
        for (Talent talent : store.availableOfferedBy(memberId)) {
            talent.withdraw(reason, clock.instant());
            store.save(talent);
        }
    }
}
