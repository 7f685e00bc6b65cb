package nl.talentcharter.pools.domain.request;

import java.time.Instant;
import java.util.List;

/**
 * A person proposed for a position of the request by a matching run, with the run's explanation, and the
 * way to a placement: the requesting member and the offering party both accept, then it is confirmed. While
 * proposed, either side may decline it, and an operator may overrule it; who, why and when are kept (the
 * run's review log).
 */
public record Proposal(String matchId, String runId, String personId, int score, List<String> explanation,
                       Instant proposedAt, PlacementStatus status, boolean acceptedByRequester,
                       boolean acceptedByOfferer, String endReason, DeclinedBy declinedBy, String declineReason,
                       Instant declinedAt) {

    static Proposal proposed(String matchId, String runId, String personId, int score, List<String> explanation,
                             Instant proposedAt) {
        return new Proposal(matchId, runId, personId, score, explanation, proposedAt, PlacementStatus.PROPOSED, false,
                false, null, null, null, null);
    }

    Proposal withExplanation(List<String> lines) {
        return new Proposal(matchId, runId, personId, score, lines, proposedAt, status, acceptedByRequester,
                acceptedByOfferer, endReason, declinedBy, declineReason, declinedAt);
    }

    Proposal accepted(boolean byRequester, boolean byOfferer) {
        boolean requester = acceptedByRequester || byRequester;
        boolean offerer = acceptedByOfferer || byOfferer;
        return new Proposal(matchId, runId, personId, score, explanation, proposedAt,
                requester && offerer ? PlacementStatus.CONFIRMED : status, requester, offerer, endReason, declinedBy,
                declineReason, declinedAt);
    }

    Proposal ended(String reason) {
        return new Proposal(matchId, runId, personId, score, explanation, proposedAt, PlacementStatus.ENDED,
                acceptedByRequester, acceptedByOfferer, reason, declinedBy, declineReason, declinedAt);
    }

    Proposal declined(DeclinedBy by, String reason, Instant at) {
        return new Proposal(matchId, runId, personId, score, explanation, proposedAt,
                by == DeclinedBy.OPERATOR ? PlacementStatus.OVERRULED : PlacementStatus.DECLINED,
                acceptedByRequester, acceptedByOfferer, endReason, by, reason, at);
    }
}
