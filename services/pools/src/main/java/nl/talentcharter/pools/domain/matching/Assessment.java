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
     * together below one placement; every pair's weight stays exact in a double (below 2^53, so an
     * independent solver working in doubles sees the same weights) and the objective fits a long.
     */
    public static final int MAX_POSITIONS_PER_RUN = 20_000;
    static final long MAX_WAITING_DAYS = 999;
    static final long SCORE_WEIGHT = (MAX_POSITIONS_PER_RUN + 1) * (MAX_WAITING_DAYS + 1);
    static final long PLACEMENT_WEIGHT = 1L << 46;

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
        return waitingDays(candidate.waitingSince(), today);
    }

    static long waitingDays(LocalDate waitingSince, LocalDate today) {
        return Math.max(0, Math.min(MAX_WAITING_DAYS, ChronoUnit.DAYS.between(waitingSince, today)));
    }

    /**
     * What this pair adds to the objective the matcher maximises: first as many filled positions as possible,
     * then the highest total score, then (the tie-break) the longest total waiting time. 0 when ineligible.
     */
    public long weight() {
        return eligible() ? weight(totalScore(), waitingDays()) : 0;
    }

    /** The weight of an eligible pair with this score and waiting time. */
    public static long weight(int score, long waitingDays) {
        return PLACEMENT_WEIGHT + score * SCORE_WEIGHT + waitingDays;
    }
}
