package nl.talentcharter.servicekit.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error a service answers comes out as an RFC 9457 problem with a platform {@code type}.
 *
 * <p>Spring MVC's own exceptions get their status and body from {@link ResponseEntityExceptionHandler};
 * this class only gives them a platform type, adds the {@code errors} list to validation failures and
 * handles what Spring leaves to the application (conflicts, access denied, the unexpected).
 *
 * <p>Lowest precedence: a service's own advice (its domain exceptions) is consulted first, and this
 * advice's catch-all never hides it.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /** Exceptions whose Spring status is right but whose type should name the case. */
    private static final Map<Class<? extends Exception>, String> SLUGS = Map.ofEntries(
            Map.entry(MethodArgumentNotValidException.class, ProblemTypes.VALIDATION_FAILED),
            Map.entry(HandlerMethodValidationException.class, ProblemTypes.VALIDATION_FAILED),
            Map.entry(HttpMessageNotReadableException.class, ProblemTypes.MALFORMED_REQUEST),
            Map.entry(NoResourceFoundException.class, ProblemTypes.NOT_FOUND),
            Map.entry(NoHandlerFoundException.class, ProblemTypes.NOT_FOUND),
            Map.entry(HttpRequestMethodNotSupportedException.class, ProblemTypes.METHOD_NOT_ALLOWED),
            Map.entry(HttpMediaTypeNotSupportedException.class, ProblemTypes.UNSUPPORTED_MEDIA_TYPE),
            Map.entry(HttpMediaTypeNotAcceptableException.class, ProblemTypes.NOT_ACCEPTABLE),
            Map.entry(ServletRequestBindingException.class, ProblemTypes.MISSING_PARAMETER),
            Map.entry(TypeMismatchException.class, ProblemTypes.INVALID_PARAMETER));

    private final Supplier<String> traceId;

    public ProblemDetailsAdvice(Supplier<String> traceId) {
        this.traceId = traceId;
    }

    @ExceptionHandler(ProblemException.class)
    public ResponseEntity<ProblemDetail> handleProblem(ProblemException exception) {
        return Problems.response(Problems.of(exception));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    public ResponseEntity<ProblemDetail> handleConcurrentModification(OptimisticLockingFailureException exception) {
        return Problems.response(Problems.of(HttpStatus.CONFLICT, ProblemTypes.CONCURRENT_MODIFICATION,
                "The resource was changed by someone else in the meantime; read it again and retry"));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    public ResponseEntity<ProblemDetail> handleDuplicate(DuplicateKeyException exception) {
        // the driver's message names the index and the value: internals, not for the caller
        return Problems.response(Problems.of(HttpStatus.CONFLICT, ProblemTypes.DUPLICATE,
                "A resource with the same identity already exists"));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<ProblemDetail> handleConstraintViolation(ConstraintViolationException exception) {
        List<Problems.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new Problems.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return Problems.response(Problems.validationFailed("The request is not valid", errors));
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<ProblemDetail> handleAccessDenied(AccessDeniedException exception) {
        return Problems.response(Problems.of(HttpStatus.FORBIDDEN, ProblemTypes.ACCESS_DENIED,
                "You are not allowed to do this"));
    }

    /** Reached only when a handler asks for the caller on an open path: the request needs a token. */
    @ExceptionHandler(AuthenticationException.class)
    public ResponseEntity<ProblemDetail> handleUnauthenticated(AuthenticationException exception) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(Problems.of(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED,
                        "This request needs a bearer token"));
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> handleUnexpected(Exception exception) {
        String trace = traceId.get();
        log.error("Unexpected failure, answered as 500 (trace {})", trace, exception);
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL_ERROR,
                "Something went wrong on our side; quote the trace id when you report it");
        if (trace != null) {
            problem.setProperty("traceId", trace);
        }
        return Problems.response(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(exception,
                Problems.validationFailed("The request body is not valid", fieldErrors(exception.getBindingResult())),
                headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : exception.getParameterValidationResults()) {
            if (result instanceof ParameterErrors bound) {
                errors.addAll(fieldErrors(bound));
            } else {
                String parameter = result.getMethodParameter().getParameterName();
                result.getResolvableErrors().forEach(e -> errors.add(
                        new Problems.FieldError(parameter, e.getDefaultMessage())));
            }
        }
        return handleExceptionInternal(exception, Problems.validationFailed("The request is not valid", errors),
                headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // Jackson's message quotes the parser state and class names: internals, not for the caller
        return handleExceptionInternal(exception, Problems.of(status, ProblemTypes.MALFORMED_REQUEST,
                "The request body is missing or is not well-formed JSON of the expected shape"), headers, status, request);
    }

    /** Gives every Spring-built problem a platform type and title instead of {@code about:blank}. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(exception, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem && isUntyped(problem)) {
            String slug = slugFor(exception, status);
            problem.setType(ProblemTypes.uri(slug));
            problem.setTitle(ProblemTypes.title(slug));
        }
        return response;
    }

    private static boolean isUntyped(ProblemDetail problem) {
        return problem.getType() == null || "about:blank".equals(problem.getType().toString());
    }

    private static String slugFor(Exception exception, HttpStatusCode status) {
        for (Map.Entry<Class<? extends Exception>, String> entry : SLUGS.entrySet()) {
            if (entry.getKey().isInstance(exception)) {
                return entry.getValue();
            }
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        return ProblemTypes.forStatus(status.value(), known == null ? null : known.getReasonPhrase());
    }

    private static List<Problems.FieldError> fieldErrors(org.springframework.validation.Errors errors) {
        List<Problems.FieldError> result = new ArrayList<>();
        errors.getFieldErrors().forEach(e -> result.add(new Problems.FieldError(e.getField(), e.getDefaultMessage())));
        errors.getGlobalErrors().forEach(e -> result.add(new Problems.FieldError(e.getObjectName(), e.getDefaultMessage())));
        return result;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
