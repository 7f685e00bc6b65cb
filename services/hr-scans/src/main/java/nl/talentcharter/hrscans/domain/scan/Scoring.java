package nl.talentcharter.hrscans.domain.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.talentcharter.hrscans.domain.template.AnswerOption;
import nl.talentcharter.hrscans.domain.template.Question;
import nl.talentcharter.hrscans.domain.template.ScanTemplate;
import nl.talentcharter.hrscans.domain.template.TemplateDomain;

/**
 * Turns answers into scores. A chosen option's maturity level maps linearly onto 0..100 (lowest level 0,
 * highest 100); a domain scores the weighted mean of its answered questions (an unanswered optional
 * question is left out, {@link ScanTemplate#UNANSWERED_OPTIONAL_POLICY}); the overall score is the mean of
 * the domain scores weighted by domain weight.
 */
public final class Scoring {

    private Scoring() {
    }

    /** @param answers question key -> option key; every required question must be answered */
    public static ScanResult score(ScanTemplate template, Map<String, String> answers) {
        List<DomainResult> results = new ArrayList<>();
        double weighted = 0;
        double weights = 0;
        for (TemplateDomain domain : template.domains()) {
            double domainScore = domainScore(template, domain, answers);
            results.add(new DomainResult(domain.key(), round(domainScore), domain.actionLines()));
            weighted += domainScore * domain.weight();
            weights += domain.weight();
        }
        return new ScanResult(round(weighted / weights), results);
    }

    private static double domainScore(ScanTemplate template, TemplateDomain domain, Map<String, String> answers) {
        double sum = 0;
        double weights = 0;
        for (Question question : domain.questions()) {
            String optionKey = answers.get(question.key());
            if (optionKey == null) {
                if (question.required()) {
                    throw new IllegalStateException("required question " + question.key() + " is unanswered");
                }
                continue;
            }
            AnswerOption option = question.option(optionKey).orElseThrow(
                    () -> new IllegalStateException("answer " + optionKey + " is not an option of " + question.key()));
            sum += levelScore(template, option.level()) * question.weight();
            weights += question.weight();
        }
        return sum / weights;
    }

    static double levelScore(ScanTemplate template, int level) {
        return 100.0 * (level - template.minLevel()) / (template.maxLevel() - template.minLevel());
    }

    static double round(double score) {
        return Math.round(score * 10) / 10.0;
    }
}
