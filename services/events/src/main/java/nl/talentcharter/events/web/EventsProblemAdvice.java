package nl.talentcharter.events.web;

import nl.talentcharter.events.domain.AlreadyRegistered;
import nl.talentcharter.events.domain.InvalidGatheringData;
import nl.talentcharter.events.domain.RuleViolation;
import nl.talentcharter.events.domain.UnknownGathering;
import nl.talentcharter.events.domain.UnknownRegistration;
import nl.talentcharter.events.domain.UnknownVisitReport;
import nl.talentcharter.servicekit.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The gathering domain's refusals as RFC 9457 problems; framework errors are the service-kit's. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class EventsProblemAdvice {

    @ExceptionHandler(InvalidGatheringData.class)
    ProblemDetail invalid(InvalidGatheringData e) {
        return Problems.invalidField(e.field(), e.getMessage());
    }

    @ExceptionHandler(UnknownGathering.class)
    ProblemDetail unknown(UnknownGathering e) {
        return Problems.of(HttpStatus.NOT_FOUND, "event-not-found", e.getMessage());
    }

    @ExceptionHandler(UnknownRegistration.class)
    ProblemDetail unknownRegistration(UnknownRegistration e) {
        return Problems.of(HttpStatus.NOT_FOUND, "registration-not-found", e.getMessage());
    }

    @ExceptionHandler(UnknownVisitReport.class)
    ProblemDetail unknownVisitReport(UnknownVisitReport e) {
        return Problems.of(HttpStatus.NOT_FOUND, "visit-report-not-found", e.getMessage());
    }

    @ExceptionHandler(AlreadyRegistered.class)
    ProblemDetail alreadyRegistered(AlreadyRegistered e) {
        // the existing registration id is not echoed: for guests it would tell anyone who knows an address more
        return Problems.of(HttpStatus.CONFLICT, "already-registered", "this person is registered already");
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail rule(RuleViolation e) {
        HttpStatus status = switch (e.rule()) {
            case MEMBERS_ONLY -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.CONFLICT;
        };
        return Problems.of(status, e.rule().name().toLowerCase().replace('_', '-'), e.getMessage());
    }
}
