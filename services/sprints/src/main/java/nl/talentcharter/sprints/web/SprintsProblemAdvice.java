package nl.talentcharter.sprints.web;

import nl.talentcharter.servicekit.problem.Problems;
import nl.talentcharter.sprints.application.MemberNotEligible;
import nl.talentcharter.sprints.application.UnknownTheme;
import nl.talentcharter.sprints.domain.proposal.CohortRefused;
import nl.talentcharter.sprints.domain.proposal.UnknownProposal;
import nl.talentcharter.sprints.domain.sprint.InvalidSprintInput;
import nl.talentcharter.sprints.domain.sprint.SprintRefused;
import nl.talentcharter.sprints.domain.sprint.UnknownSprint;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The sprint rules' refusals as RFC 9457 problems; framework errors are the service-kit's. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SprintsProblemAdvice {

    @ExceptionHandler(InvalidSprintInput.class)
    ProblemDetail invalid(InvalidSprintInput e) {
        return Problems.validationFailed(e.getMessage(), e.field(), e.problem());
    }

    @ExceptionHandler(SprintRefused.class)
    ProblemDetail refused(SprintRefused e) {
        ProblemDetail problem = Problems.of(e.conflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT,
                e.code(), e.getMessage());
        problem.setProperty("sprintStatus", e.status().name());
        return problem;
    }

    @ExceptionHandler(MemberNotEligible.class)
    ProblemDetail notEligible(MemberNotEligible e) {
        return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, e.code(), e.getMessage());
    }

    @ExceptionHandler(UnknownSprint.class)
    ProblemDetail unknownSprint(UnknownSprint e) {
        return Problems.of(HttpStatus.NOT_FOUND, "sprint-not-found", e.getMessage());
    }

    @ExceptionHandler(UnknownTheme.class)
    ProblemDetail unknownTheme(UnknownTheme e) {
        return Problems.of(HttpStatus.NOT_FOUND, "theme-not-found", e.getMessage());
    }

    @ExceptionHandler(CohortRefused.class)
    ProblemDetail cohortRefused(CohortRefused e) {
        return Problems.of(e.conflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT, e.code(), e.getMessage());
    }

    @ExceptionHandler(UnknownProposal.class)
    ProblemDetail unknownProposal(UnknownProposal e) {
        return Problems.of(HttpStatus.NOT_FOUND, "cohort-proposal-not-found", e.getMessage());
    }
}
