package nl.talentcharter.pools.domain.matching;

/**
 * One hard rule applied to one person and one position.
 *
 * @param explanation plain language: what was found
 * @param remedy      plain language, only when the rule failed: what would make the person eligible
 */
public record RuleCheck(Rule rule, boolean held, String explanation, String remedy) {

    static RuleCheck held(Rule rule, String explanation) {
        return new RuleCheck(rule, true, explanation, null);
    }

    static RuleCheck failed(Rule rule, String explanation, String remedy) {
        return new RuleCheck(rule, false, explanation, remedy);
    }
}
