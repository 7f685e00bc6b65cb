package nl.talentcharter.hrscans.domain.scan;

import java.time.LocalDate;
import nl.talentcharter.contracts.vocabulary.ActionLine;

/** An action point as a follow-up conversation agrees it, before it has an id. */
public record NewActionPoint(String description, String owner, LocalDate dueOn, ActionLine actionLine) {
}
