package nl.talentcharter.servicekit.problem;

import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Builds problem details in the platform's shape, for the kit's own handlers and for services' advice
 * that map their domain exceptions:
 *
 * <pre>{@code
 * @ExceptionHandler(MemberNotFound.class)
 * ProblemDetail notFound(MemberNotFound e) {
 *     return Problems.of(HttpStatus.NOT_FOUND, "member-not-found", e.getMessage());
 * }
 * }</pre>
 *
 * The {@code instance} member is filled with the request path by Spring MVC when the body is written.
 */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String slug, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemTypes.uri(slug));
        problem.setTitle(ProblemTypes.title(slug));
        return problem;
    }

    public static ProblemDetail of(ProblemException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(exception.status()),
                exception.detail());
        problem.setType(ProblemTypes.uri(exception.slug()));
        problem.setTitle(exception.title());
        exception.properties().forEach(problem::setProperty);
        return problem;
    }

    /** A 400 {@code validation-failed} problem listing what is wrong with which field. */
    public static ProblemDetail validationFailed(String detail, List<FieldError> errors) {
        ProblemDetail problem = of(HttpStatusCode.valueOf(400), ProblemTypes.VALIDATION_FAILED, detail);
        problem.setProperty("errors", List.copyOf(errors));
        return problem;
    }

    /** A 400 {@code validation-failed} problem about one field: {@code detail} for the whole, {@code message} for the field. */
    public static ProblemDetail validationFailed(String detail, String field, String message) {
        return validationFailed(detail, List.of(new FieldError(field, message)));
    }

    /**
     * A 400 {@code validation-failed} problem about one field whose message says it all, so it is both the detail and
     * the field's error: the usual mapping of a domain's "invalid input" refusal.
     */
    public static ProblemDetail invalidField(String field, String message) {
        return validationFailed(message, field, message);
    }

    public static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /** One entry of a validation problem's {@code errors}. */
    public record FieldError(String field, String message) {

        public FieldError {
            message = message == null ? "is invalid" : message;
        }
    }
}
