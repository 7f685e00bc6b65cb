package nl.talentcharter.servicekit.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The last stop: errors that never reach the advice (a filter that fails, {@code response.sendError},
 * the container itself) are forwarded to {@code /error}. Boot's controller would answer them with its own
 * JSON shape; this one answers with a problem, and, like the advice, never echoes the error message.
 */
@RestController
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController extends AbstractErrorController {

    public ProblemErrorController(ErrorAttributes errorAttributes) {
        super(errorAttributes);
    }

    @RequestMapping
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        String slug = switch (status) {
            case NOT_FOUND -> ProblemTypes.NOT_FOUND;
            case INTERNAL_SERVER_ERROR -> ProblemTypes.INTERNAL_ERROR;
            default -> ProblemTypes.forStatus(status.value(), status.getReasonPhrase());
        };
        ProblemDetail problem = Problems.of(status, slug,
                "The request failed: " + status.value() + " " + status.getReasonPhrase());
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null) {
            problem.setInstance(URI.create(path.toString()));
        }
        return Problems.response(problem);
    }
}
