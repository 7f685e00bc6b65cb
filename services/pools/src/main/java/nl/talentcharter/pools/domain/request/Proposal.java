package nl.talentcharter.pools.domain.request;

import java.time.Instant;
import java.util.List;

/**
 * A person proposed for a position of the request by a matching run, with the run's explanation, and the
 * way to a placement: the requesting member and the offering party both accept, then it is confirmed.
 */
public record Proposal(String matchId, String runId, String personId, int score, List<String> explanation,
                       Instant proposedAt, PlacementStatus status, boolean acceptedByRequester,
                       boolean acceptedByOfferer, String endReason) {

    Proposal withExplanation(List<String> lines) {
        return new Proposal(matchId, runId, personId, score, lines, proposedAt, status, acceptedByRequester,
                acceptedByOfferer, endReason);
    }

    Proposal accepted(boolean byRequester, boolean byOfferer) {
        boolean requester = acceptedByRequester || byRequester;
        boolean offerer = acceptedByOfferer || byOfferer;
        return new Proposal(matchId, runId, personId, score, explanation, proposedAt,
                requester && offerer ? PlacementStatus.CONFIRMED : status, requester, offerer, endReason);
    }

    Proposal ended(String reason) {
        return new Proposal(matchId, runId, personId, score, explanation, proposedAt, PlacementStatus.ENDED,
                acceptedByRequester, acceptedByOfferer, reason);
    }
}
