package nl.talentcharter.hrscans.domain.scan;

/** requested -> scheduled -> in progress -> completed -> closed; cancelled only before completion. */
public enum ScanStatus {
    REQUESTED, SCHEDULED, IN_PROGRESS, COMPLETED, CLOSED, CANCELLED;

    /** Open = not yet completed: the only states a scan can be cancelled from. */
    public boolean isOpen() {
        return this == REQUESTED || this == SCHEDULED || this == IN_PROGRESS;
    }
}
