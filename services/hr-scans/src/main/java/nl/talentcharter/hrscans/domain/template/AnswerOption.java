package nl.talentcharter.hrscans.domain.template;

import java.util.Objects;

/** One answer a question offers, and the maturity level choosing it stands for. */
public record AnswerOption(String key, String text, int level) {

    public AnswerOption {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
    }
}
