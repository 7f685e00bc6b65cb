package nl.talentcharter.hrscans.domain.insight;

/** How narrow a peer group is, from the closest peers to everybody; the benchmark widens in this order. */
public enum PeerGroupLevel {
    SECTOR_REGION_SIZE, SECTOR_SIZE, SECTOR, ALL
}
