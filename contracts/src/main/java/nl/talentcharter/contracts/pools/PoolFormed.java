package nl.talentcharter.contracts.pools;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;

/** A workforce pool was formed, covering sectors and regions. */
public record PoolFormed(String poolId, String name, List<Sector> sectors, List<Region> regions, Instant formedAt) {

    public PoolFormed {
        requireNonNull(poolId, "poolId");
        requireNonNull(name, "name");
        sectors = List.copyOf(sectors);
        regions = List.copyOf(regions);
        requireNonNull(formedAt, "formedAt");
    }
}
