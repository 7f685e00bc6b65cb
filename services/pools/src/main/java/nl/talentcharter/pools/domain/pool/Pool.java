package nl.talentcharter.pools.domain.pool;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.talentcharter.contracts.pools.MemberJoinedPool;
import nl.talentcharter.contracts.pools.MemberLeftPool;
import nl.talentcharter.contracts.pools.PoolFormed;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.pools.domain.InvalidInput;
import nl.talentcharter.pools.domain.Refused;

/** A pool formed by member companies to share talent across sectors and regions. */
public final class Pool {

    public record State(String id, String name, List<Sector> sectors, List<Region> regions, Set<String> memberIds,
                        Instant formedAt) {
    }

    private State state;
    private final List<Record> pending = new ArrayList<>();

    private Pool(State state) {
        this.state = state;
    }

    public static Pool form(String id, String name, List<Sector> sectors, List<Region> regions, Instant now) {
        InvalidInput.require(name != null && !name.isBlank() && name.length() <= 200, "name", "a pool needs a name (at most 200 characters)");
        InvalidInput.require(sectors != null && !sectors.isEmpty(), "sectors", "a pool covers at least one sector");
        InvalidInput.require(regions != null && !regions.isEmpty(), "regions", "a pool covers at least one region");
        List<Sector> s = List.copyOf(new LinkedHashSet<>(sectors));
        List<Region> r = List.copyOf(new LinkedHashSet<>(regions));
        Pool pool = new Pool(new State(id, name.strip(), s, r, Set.of(), now));
        pool.pending.add(new PoolFormed(id, name.strip(), s, r, now));
        return pool;
    }

    public static Pool restore(State state) {
        return new Pool(state);
    }

    public void join(String memberId, Instant now) {
        InvalidInput.require(memberId != null && !memberId.isBlank(), "memberId", "which member joins?");
        if (state.memberIds().contains(memberId)) {
            return; // joining twice changes nothing
        }
        Set<String> members = new LinkedHashSet<>(state.memberIds());
        members.add(memberId);
        state = new State(state.id(), state.name(), state.sectors(), state.regions(), Set.copyOf(members), state.formedAt());
        pending.add(new MemberJoinedPool(state.id(), memberId, now));
    }

    public void leave(String memberId, Instant now) {
        if (!state.memberIds().contains(memberId)) {
            throw new Refused("not-a-pool-member", memberId + " is not a member of pool " + state.id());
        }
        Set<String> members = new LinkedHashSet<>(state.memberIds());
        members.remove(memberId);
        state = new State(state.id(), state.name(), state.sectors(), state.regions(), Set.copyOf(members), state.formedAt());
        pending.add(new MemberLeftPool(state.id(), memberId, now));
    }

    public boolean hasMember(String memberId) {
        return state.memberIds().contains(memberId);
    }

    public State state() {
        return state;
    }

    public String id() {
        return state.id();
    }

    public List<Record> pendingEvents() {
        return List.copyOf(pending);
    }
}
