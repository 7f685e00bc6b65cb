package nl.talentcharter.pools.domain.matching;

import java.util.List;

/** A person left unplaced who fails exactly one hard rule for a request, and what would make them eligible. */
public record NearMiss(String requestId, String personId, Rule failedRule, String finding, String wouldBeEligibleWith) {

    static NearMiss of(Assessment assessment) {
        RuleCheck failed = assessment.failed().get(0);
        return new NearMiss(assessment.need().requestId(), assessment.candidate().personId(), failed.rule(),
                failed.explanation(), failed.remedy());
    }

    static boolean applies(Assessment assessment) {
        List<RuleCheck> failed = assessment.failed();
        return failed.size() == 1 && failed.get(0).rule() != Rule.CONSENT;
    }
}
