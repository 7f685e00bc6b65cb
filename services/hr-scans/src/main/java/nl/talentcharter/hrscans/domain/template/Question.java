package nl.talentcharter.hrscans.domain.template;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A question of a domain. {@code weight} counts within its domain; an optional question left unanswered
 * is left out of its domain's score (see {@link ScanTemplate#UNANSWERED_OPTIONAL_POLICY}).
 */
public record Question(String key, String text, boolean required, double weight, List<AnswerOption> options) {

    public Question {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        options = List.copyOf(options);
        if (weight <= 0) {
            throw new InvalidTemplate("question " + key + " needs a positive weight");
        }
        if (options.size() < 2) {
            throw new InvalidTemplate("question " + key + " needs at least two answer options");
        }
        if (options.stream().map(AnswerOption::key).distinct().count() != options.size()) {
            throw new InvalidTemplate("question " + key + " repeats an answer option key");
        }
    }

    public Optional<AnswerOption> option(String optionKey) {
        return options.stream().filter(o -> o.key().equals(optionKey)).findFirst();
    }
}
