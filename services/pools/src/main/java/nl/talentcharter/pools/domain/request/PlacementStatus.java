package nl.talentcharter.pools.domain.request;

/**
 * A proposal's way to a placement: proposed, then accepted by both sides (confirmed), then ended; or, while
 * proposed, declined by one side or overruled by an operator reviewing the run.
 */
public enum PlacementStatus {
    PROPOSED, CONFIRMED, ENDED, DECLINED, OVERRULED;

    /** The person is taken: not offered to another request while this lasts. */
    public boolean live() {
        return this == PROPOSED || this == CONFIRMED;
    }

    /** The proposal never became a placement: its position is open again. */
    public boolean reopensPosition() {
        return this == DECLINED || this == OVERRULED;
    }
}
