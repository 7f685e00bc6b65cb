package nl.talentcharter.pools.domain.matching;

import java.util.List;

/** One person proposed for one position of a request, with why in plain language. */
public record ProposedMatch(String requestId, String memberId, String personId, int score,
                            List<String> explanation) {

    static ProposedMatch of(Assessment assessment) {
        List<String> lines = new java.util.ArrayList<>();
        assessment.checks().forEach(check -> lines.add("Rule held (" + check.rule().name().toLowerCase()
                .replace('_', ' ') + "): " + check.explanation() + "."));
        assessment.score().forEach(part -> lines.add("Score " + part.points() + "/" + part.maximum() + " for "
                + part.name() + ": " + part.explanation() + "."));
        lines.add("Total score " + assessment.totalScore() + " of 100; waiting " + assessment.waitingDays()
                + " days (ties go to whoever waited longest).");
        return new ProposedMatch(assessment.need().requestId(), assessment.need().memberId(),
                assessment.candidate().personId(), assessment.totalScore(), List.copyOf(lines));
    }
}
