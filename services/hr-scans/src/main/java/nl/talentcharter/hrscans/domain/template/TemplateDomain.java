package nl.talentcharter.hrscans.domain.template;

import java.util.List;
import java.util.Objects;
import nl.talentcharter.contracts.vocabulary.ActionLine;

/** One part of personnel policy the scan maps, e.g. onboarding; its questions and the action lines it informs. */
public record TemplateDomain(String key, String title, double weight, List<ActionLine> actionLines,
        List<Question> questions) {

    public TemplateDomain {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        actionLines = List.copyOf(actionLines);
        questions = List.copyOf(questions);
        if (weight <= 0) {
            throw new InvalidTemplate("domain " + key + " needs a positive weight");
        }
        if (actionLines.isEmpty()) {
            throw new InvalidTemplate("domain " + key + " informs no action line");
        }
        // a domain whose questions may all stay unanswered could end up without a score
        if (questions.stream().noneMatch(Question::required)) {
            throw new InvalidTemplate("domain " + key + " needs at least one required question");
        }
    }
}
