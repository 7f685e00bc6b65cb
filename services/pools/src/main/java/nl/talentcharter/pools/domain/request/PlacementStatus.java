package nl.talentcharter.pools.domain.request;

/** A proposal's way to a placement: proposed, then accepted by both sides (confirmed), then ended. */
public enum PlacementStatus {
    PROPOSED, CONFIRMED, ENDED;

    /** The person is taken: not offered to another request while this lasts. */
    public boolean live() {
        return this != ENDED;
    }
}
