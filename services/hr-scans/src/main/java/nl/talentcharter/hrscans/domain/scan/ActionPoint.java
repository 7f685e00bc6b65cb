package nl.talentcharter.hrscans.domain.scan;

import java.time.LocalDate;
import java.util.Objects;
import nl.talentcharter.contracts.vocabulary.ActionLine;

/** What the company agreed to do in a follow-up conversation; done once {@code completedOn} is set. */
public record ActionPoint(String id, String followUpId, String description, String owner, LocalDate dueOn,
        ActionLine actionLine, LocalDate completedOn) {

    public ActionPoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(followUpId, "followUpId");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(actionLine, "actionLine");
    }

    public boolean isDone() {
        return completedOn != null;
    }

    ActionPoint doneOn(LocalDate day) {
        return new ActionPoint(id, followUpId, description, owner, dueOn, actionLine, day);
    }
}
