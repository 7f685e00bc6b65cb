package nl.talentcharter.partnergateway.web;

import nl.talentcharter.partnergateway.domain.InvalidSubscription;
import nl.talentcharter.partnergateway.domain.MessageRejected;
import nl.talentcharter.partnergateway.domain.UnknownSubscription;
import nl.talentcharter.servicekit.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The gateway's refusals as RFC 9457 problems; framework errors are the service-kit's. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class GatewayProblemAdvice {

    @ExceptionHandler(MessageRejected.class)
    ProblemDetail rejected(MessageRejected e) {
        return switch (e.reason()) {
            case MALFORMED, UNKNOWN_TYPE -> Problems.of(HttpStatus.BAD_REQUEST, e.reason().slug(), e.getMessage());
            case FOREIGN_SOURCE, NOT_ALLOWED -> Problems.of(HttpStatus.FORBIDDEN, e.reason().slug(), e.getMessage());
            case INVALID -> {
                ProblemDetail invalid = Problems.of(HttpStatus.BAD_REQUEST, e.reason().slug(), e.getMessage());
                invalid.setProperty("errors", e.violations().stream().map(GatewayProblemAdvice::fieldError).toList());
                yield invalid;
            }
            case DUPLICATE -> {
                ProblemDetail duplicate = Problems.of(HttpStatus.CONFLICT, e.reason().slug(), e.getMessage());
                duplicate.setProperty("acceptedAt", e.acceptedAt().toString());
                yield duplicate;
            }
        };
    }

    @ExceptionHandler(UnknownSubscription.class)
    ProblemDetail unknownSubscription(UnknownSubscription e) {
        return Problems.of(HttpStatus.NOT_FOUND, "subscription-not-found", e.getMessage());
    }

    @ExceptionHandler(InvalidSubscription.class)
    ProblemDetail invalidSubscription(InvalidSubscription e) {
        return Problems.invalidField(e.field(), e.getMessage());
    }

    /** {@code $.poolId: does not match ...} -> field {@code poolId}; a line without a path is about the whole payload. */
    private static Problems.FieldError fieldError(String violation) {
        int colon = violation.indexOf(": ");
        if (colon < 0) {
            return new Problems.FieldError("$", violation);
        }
        String path = violation.substring(0, colon);
        String field = path.startsWith("$.") ? path.substring(2) : path;
        return new Problems.FieldError(field.isEmpty() ? "$" : field, violation.substring(colon + 2));
    }
}
