package nl.talentcharter.devstack.seed;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;

/**
 * How one demo company answers the HR scan, the same on every devstack: a maturity of its own (front-runners
 * higher), stronger and weaker domains of its own, some noise per question, a little progress per re-scan,
 * and now and then an optional question left open. Everything comes from a random seeded by the company's
 * KvK number, so benchmarks and reports show a realistic, reproducible spread.
 */
final class DemoScanAnswers {

    private final String kvkNumber;
    private final double maturity;

    DemoScanAnswers(String kvkNumber, boolean frontRunner) {
        this.kvkNumber = kvkNumber;
        Random company = new Random(kvkNumber.hashCode());
        this.maturity = frontRunner ? 2.8 + company.nextDouble() * 0.7 : 1.6 + company.nextDouble() * 1.3;
    }

    /**
     * Question key -> option key for the template's domains; {@code round} counts the company's earlier scans.
     * {@code share} below 1 answers only that share of the domains (a scan still in progress).
     */
    Map<String, String> answers(JsonNode template, int round, double share) {
        Random scan = new Random(31L * kvkNumber.hashCode() + round);
        Map<String, String> answers = new LinkedHashMap<>();
        JsonNode domains = template.get("domains");
        int answeredDomains = (int) Math.ceil(domains.size() * share);
        for (int d = 0; d < answeredDomains; d++) {
            JsonNode domain = domains.get(d);
            double level = maturity + domainBias(domain.get("key").asString()) + 0.15 * round;
            for (JsonNode question : domain.get("questions")) {
                if (!question.get("required").asBoolean() && scan.nextDouble() < 0.15) {
                    continue;
                }
                int wanted = (int) Math.round(level + scan.nextGaussian() * 0.6);
                answers.put(question.get("key").asString(), closestOption(question.get("options"), wanted));
            }
        }
        return answers;
    }

    /** Every company is stronger in some domains than in others, the same in every scan it does. */
    private double domainBias(String domainKey) {
        return (new Random((kvkNumber + "/" + domainKey).hashCode()).nextDouble() - 0.5) * 1.6;
    }

    private static String closestOption(JsonNode options, int level) {
        JsonNode best = options.get(0);
        for (JsonNode option : options) {
            if (Math.abs(option.get("level").asInt() - level) < Math.abs(best.get("level").asInt() - level)) {
                best = option;
            }
        }
        return best.get("key").asString();
    }
}
