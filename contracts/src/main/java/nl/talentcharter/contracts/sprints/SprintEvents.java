package nl.talentcharter.contracts.sprints;

import java.util.List;
import nl.talentcharter.contracts.EventType;
import nl.talentcharter.contracts.Topics;

/**
 * The events the sprints service publishes on {@link Topics#SPRINTS}; subject and key = sprintId, so one
 * sprint's events stay in order.
 */
public final class SprintEvents {

    public static final String SERVICE = "sprints";

    public static final EventType<SprintProposed> SPRINT_PROPOSED =
            EventType.of(SERVICE, "sprint-proposed", 1, Topics.SPRINTS, SprintProposed.class);
    public static final EventType<SprintStarted> SPRINT_STARTED =
            EventType.of(SERVICE, "sprint-started", 1, Topics.SPRINTS, SprintStarted.class);
    public static final EventType<CompanyJoinedSprint> COMPANY_JOINED_SPRINT =
            EventType.of(SERVICE, "company-joined-sprint", 1, Topics.SPRINTS, CompanyJoinedSprint.class);
    public static final EventType<CompanyLeftSprint> COMPANY_LEFT_SPRINT =
            EventType.of(SERVICE, "company-left-sprint", 1, Topics.SPRINTS, CompanyLeftSprint.class);
    public static final EventType<SprintSessionHeld> SPRINT_SESSION_HELD =
            EventType.of(SERVICE, "sprint-session-held", 1, Topics.SPRINTS, SprintSessionHeld.class);
    public static final EventType<SprintCompleted> SPRINT_COMPLETED =
            EventType.of(SERVICE, "sprint-completed", 1, Topics.SPRINTS, SprintCompleted.class);
    public static final EventType<SprintCancelled> SPRINT_CANCELLED =
            EventType.of(SERVICE, "sprint-cancelled", 1, Topics.SPRINTS, SprintCancelled.class);

    private SprintEvents() {
    }

    public static List<EventType<?>> all() {
        return List.of(SPRINT_PROPOSED, SPRINT_STARTED, COMPANY_JOINED_SPRINT, COMPANY_LEFT_SPRINT,
                SPRINT_SESSION_HELD, SPRINT_COMPLETED, SPRINT_CANCELLED);
    }
}
