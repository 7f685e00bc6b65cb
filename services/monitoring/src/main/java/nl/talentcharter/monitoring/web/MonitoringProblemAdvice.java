package nl.talentcharter.monitoring.web;

import java.util.List;
import nl.talentcharter.monitoring.domain.InvalidCut;
import nl.talentcharter.monitoring.domain.InvalidPeriod;
import nl.talentcharter.servicekit.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Bad query parameters and unknown KPIs as RFC 9457 problems; framework errors are the service-kit's. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MonitoringProblemAdvice {

    @ExceptionHandler(InvalidPeriod.class)
    ProblemDetail period(InvalidPeriod e) {
        return Problems.validationFailed(e.getMessage(), List.of(new Problems.FieldError("period", e.getMessage())));
    }

    @ExceptionHandler(InvalidCut.class)
    ProblemDetail cut(InvalidCut e) {
        return Problems.validationFailed(e.getMessage(), List.of(new Problems.FieldError("dimension", e.getMessage())));
    }

    @ExceptionHandler(InvalidResumePosition.class)
    ProblemDetail resume(InvalidResumePosition e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-last-event-id", e.getMessage());
    }

    @ExceptionHandler(nl.talentcharter.monitoring.domain.InvalidLedgerEntry.class)
    ProblemDetail ledger(nl.talentcharter.monitoring.domain.InvalidLedgerEntry e) {
        return Problems.validationFailed(e.getMessage(), e.errors().entrySet().stream()
                .map(error -> new Problems.FieldError(error.getKey(), error.getValue())).toList());
    }

    @ExceptionHandler(UnknownKpi.class)
    ProblemDetail kpi(UnknownKpi e) {
        return Problems.of(HttpStatus.NOT_FOUND, "kpi-not-found", e.getMessage());
    }
}
