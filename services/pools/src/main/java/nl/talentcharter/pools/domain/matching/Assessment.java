package nl.talentcharter.pools.domain.matching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Every hard rule and, when all hold, the score of one person for one request. */
public record Assessment(Candidate candidate, Need need, List<RuleCheck> checks, List<ScorePart> score,
                         LocalDate today) {

    /** Keeps any number of placements ahead of any score, and any score ahead of waiting time. */
    static final long PLACEMENT_WEIGHT = 1_000_000_000L;
    static final long SCORE_WEIGHT = 10_000L;
    static final long MAX_WAITING_DAYS = SCORE_WEIGHT - 1;

    public boolean eligible() {
        return checks.stream().allMatch(RuleCheck::held);
    }

    public List<RuleCheck> failed() {
        return checks.stream().filter(c -> !c.held()).toList();
    }

    public int totalScore() {
        return score.stream().mapToInt(ScorePart::points).sum();
    }

    public long waitingDays() {
        long days = ChronoUnit.DAYS.between(candidate.waitingSince(), today);
        return Math.max(0, Math.min(MAX_WAITING_DAYS, days));
    }

    /**
     * What this pair adds to the objective the matcher maximises: first as many filled positions as possible,
     * then the highest total score, then (the tie-break) the longest total waiting time. 0 when ineligible.
     */
    public long weight() {
        return eligible() ? PLACEMENT_WEIGHT + totalScore() * SCORE_WEIGHT + waitingDays() : 0;
    }
}
