package nl.talentcharter.pools.domain.matching;

import java.util.List;
import java.util.Map;

/**
 * The result of one matching run.
 *
 * @param objective         the maximised sum of {@link Assessment#weight()} over the matches (for comparison)
 * @param unfilledPositions request id to positions no eligible person was left for
 * @param withoutConsent    people left out of the run because they did not consent to be shared
 */
public record MatchingOutcome(List<ProposedMatch> matches, List<NearMiss> nearMisses,
                              Map<String, Integer> unfilledPositions, List<GroupRate> fairness, int withoutConsent,
                              long objective) {
}
