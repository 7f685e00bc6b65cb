package nl.talentcharter.pools.domain.request;

import java.time.Instant;
import java.util.List;

/** A person proposed for a position of the request by a matching run, with the run's explanation. */
public record Proposal(String matchId, String runId, String personId, int score, List<String> explanation,
                       Instant proposedAt) {
}
