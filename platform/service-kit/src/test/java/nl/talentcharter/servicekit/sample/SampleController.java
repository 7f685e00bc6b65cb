package nl.talentcharter.servicekit.sample;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.talentcharter.servicekit.problem.ProblemException;
import nl.talentcharter.servicekit.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SampleController {

    private static final Logger log = LoggerFactory.getLogger(SampleController.class);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;

    SampleController(MongoTemplate mongo, KafkaTemplate<String, String> kafka) {
        this.mongo = mongo;
        this.kafka = kafka;
    }

    /** Publishes within the request, so the record continues the request's trace. */
    @PostMapping(path = "/signals/{topic}", consumes = MediaType.TEXT_PLAIN_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    void signal(@PathVariable String topic, @RequestBody String text) throws Exception {
        kafka.send(topic, "signal", text).get(10, TimeUnit.SECONDS);
    }

    record PledgeRequest(@NotBlank String memberId, @NotNull @Min(1) @Max(100) Integer places) {
    }

    record NoteRequest(@NotBlank String id, @NotBlank String text) {
    }

    record NoteUpdate(@NotBlank String text, @NotNull Long version) {
    }

    /** A member's own resource: operators see all, members only their own organisation. */
    @GetMapping(path = "/members/{memberId}/profile", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> profile(@PathVariable @Pattern(regexp = "[a-z0-9-]{3,40}") String memberId, Caller caller) {
        caller.requireAccessToMember(memberId);
        log.info("Profile of {} read by {}", memberId, caller.subject());
        return Map.of("memberId", memberId, "readBy", caller.subject());
    }

    @PostMapping(path = "/pledges", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('OPERATOR', 'MEMBER')")
    Map<String, Object> pledge(@Valid @RequestBody PledgeRequest request, Caller caller) {
        caller.requireAccessToMember(request.memberId());
        return Map.of("memberId", request.memberId(), "places", request.places());
    }

    @PostMapping(path = "/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Note createNote(@Valid @RequestBody NoteRequest request) {
        return mongo.insert(new Note(request.id(), null, request.text()));
    }

    @PutMapping(path = "/notes/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Note updateNote(@PathVariable String id, @Valid @RequestBody NoteUpdate update) {
        return mongo.save(new Note(id, update.version(), update.text()));
    }

    @GetMapping("/search")
    Map<String, Object> search(@RequestParam int limit) {
        return Map.of("limit", limit);
    }

    @PostMapping("/members/{memberId}/closure")
    void close(@PathVariable String memberId) {
        throw ProblemException.conflict("member-has-open-pledges", "Member " + memberId + " still has open pledges")
                .with("memberId", memberId);
    }

    @GetMapping("/boom")
    void boom() {
        throw new IllegalStateException("connection string mongodb://secret@internal failed");
    }

    /** Old-style code that bypasses exceptions: the container forwards to the error page. */
    @GetMapping("/legacy-outage")
    void legacyOutage(HttpServletResponse response) throws java.io.IOException {
        response.sendError(503, "database host db-7.internal is down");
    }

    @GetMapping("/admin/stats")
    Map<String, Object> adminStats() {
        return Map.of("ok", true);
    }
}
