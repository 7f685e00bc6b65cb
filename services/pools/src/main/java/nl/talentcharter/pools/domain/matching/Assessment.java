package nl.talentcharter.pools.domain.matching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Every hard rule and, when all hold, the score of one person for one request. */
public record Assessment(Candidate candidate, Need need, List<RuleCheck> checks, List<ScorePart> score,
                         LocalDate today) {

    /**
     * The largest number of positions one run may fill while the weights below stay lexicographic: with at
     * most this many matches, all waiting days together stay below one score point and all score points
     * together below one placement, and every sum stays exact in a double (below 2^53).
     */
    public static final int MAX_POSITIONS_PER_RUN = 999;
    static final long MAX_WAITING_DAYS = 999;
    static final long SCORE_WEIGHT = (MAX_POSITIONS_PER_RUN + 1) * (MAX_WAITING_DAYS + 1);
    static final long PLACEMENT_WEIGHT = 1L << 37;

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
