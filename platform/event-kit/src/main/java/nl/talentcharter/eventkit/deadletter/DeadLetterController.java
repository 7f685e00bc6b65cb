package nl.talentcharter.eventkit.deadletter;

import java.util.List;
import java.util.Map;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operator endpoint for dead letters. {@code /admin/**} is secured for role operator by service-kit;
 * the annotation adds method security where Spring Security is present (it is ignored where not).
 */
@RestController
@RequestMapping("/admin/dead-letters")
@PreAuthorize("hasRole('OPERATOR')")
public class DeadLetterController {

    private final DeadLetters deadLetters;

    public DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    /** All dead-letter topics with their dead letters, or only {@code topic}'s. */
    @GetMapping
    public Map<String, List<DeadLetter>> list(@RequestParam(required = false) String topic) {
        return topic == null ? deadLetters.list() : Map.of(topic, deadLetters.list(topic));
    }

    @PostMapping("/{topic}/{partition}/{offset}/redrive")
    public RedriveOutcome redrive(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset) {
        return deadLetters.redrive(topic, partition, offset);
    }

    /** Re-drives every dead letter of {@code topic} not re-driven before. */
    @PostMapping("/{topic}/redrive")
    public List<RedriveOutcome> redriveAll(@PathVariable String topic) {
        return deadLetters.redriveAll(topic);
    }

    @ExceptionHandler(UnknownDeadLetterException.class)
    ResponseEntity<ProblemDetail> unknown(UnknownDeadLetterException e) {
        return problem(HttpStatus.NOT_FOUND, "dead-letter-not-found", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> notADeadLetterTopic(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "not-a-dead-letter-topic", e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String slug, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://talentcharter.nl/problems/" + slug));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
