package nl.talentcharter.sprints.domain.sprint;

/** proposed -> started -> completed, or cancelled from either open status. */
public enum SprintStatus {
    PROPOSED, STARTED, COMPLETED, CANCELLED;

    public boolean isOpen() {
        return this == PROPOSED || this == STARTED;
    }
}
