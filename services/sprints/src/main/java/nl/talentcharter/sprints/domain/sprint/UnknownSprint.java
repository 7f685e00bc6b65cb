package nl.talentcharter.sprints.domain.sprint;

public class UnknownSprint extends RuntimeException {

    public UnknownSprint(String sprintId) {
        super("no sprint " + sprintId);
    }
}
