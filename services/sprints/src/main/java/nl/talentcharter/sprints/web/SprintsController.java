package nl.talentcharter.sprints.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import nl.talentcharter.servicekit.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import nl.talentcharter.sprints.application.SprintService;
import nl.talentcharter.sprints.domain.sprint.Outcome;
import nl.talentcharter.sprints.domain.sprint.Session;
import nl.talentcharter.sprints.domain.sprint.Sprint;
import nl.talentcharter.sprints.domain.sprint.SprintStatus;

/**
 * The sprint lifecycle over HTTP: propose, start, join, leave, hold sessions, complete or cancel. A refused
 * step is a problem detail and changes nothing (no state change, no event).
 */
@RestController
@RequestMapping(path = "/sprints", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Sprints")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAnyRole('OPERATOR', 'MEMBER')")
public class SprintsController {

    private final SprintService sprints;

    public SprintsController(SprintService sprints) {
        this.sprints = sprints;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Propose a sprint for a cohort of active members (SprintProposed); operators")
    public ResponseEntity<Sprint.State> propose(@Valid @RequestBody Bodies.SprintRequest body, Caller caller) {
        Access.operator(caller);
        String facilitator = body.facilitatorId() == null || body.facilitatorId().isBlank() ? caller.subject()
                : body.facilitatorId();
        Sprint sprint = sprints.propose(null, body.themeId(), body.challenge(), body.leadMemberId(), facilitator,
                body.memberIds(), body.plannedSessions(), null);
        return ResponseEntity.created(URI.create("/sprints/" + sprint.id())).body(sprint.state());
    }

    @GetMapping
    @Operation(summary = "Sprints, newest first; a member user sees those it takes part in and the open ones it may join")
    public List<Sprint.State> list(@RequestParam(required = false) SprintStatus status, Caller caller) {
        List<Sprint> found = caller.isOperator() ? sprints.list(status) : sprints.visibleTo(Access.ownMember(caller));
        return found.stream().filter(s -> status == null || s.status() == status).map(Sprint::state).toList();
    }

    @GetMapping("/{sprintId}")
    @Operation(summary = "One sprint with participants, sessions and outcome")
    public Sprint.State get(@PathVariable String sprintId, Caller caller) {
        return Access.read(sprints.get(sprintId), caller).state();
    }

    @PostMapping("/{sprintId}/start")
    @Operation(summary = "Start a proposed sprint (SprintStarted); operators")
    public Sprint.State start(@PathVariable String sprintId, Caller caller) {
        Access.operator(caller);
        return sprints.start(sprintId).state();
    }

    @PostMapping(path = "/{sprintId}/participants", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A company joins (CompanyJoinedSprint); a member user for its own organisation")
    public Sprint.State join(@PathVariable String sprintId, @Valid @RequestBody Bodies.JoinRequest body, Caller caller) {
        String memberId = body.memberId() == null ? Access.ownMember(caller) : body.memberId();
        caller.requireAccessToMember(memberId);
        return sprints.join(sprintId, memberId).state();
    }

    @PostMapping(path = "/{sprintId}/leave", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A company leaves with a reason (CompanyLeftSprint); a member user for its own organisation")
    public Sprint.State leave(@PathVariable String sprintId, @Valid @RequestBody Bodies.LeaveRequest body, Caller caller) {
        String memberId = body.memberId() == null ? Access.ownMember(caller) : body.memberId();
        caller.requireAccessToMember(memberId);
        return sprints.leave(sprintId, memberId, body.reason()).state();
    }

    @PostMapping(path = "/{sprintId}/sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a held session with attendance per company (SprintSessionHeld); operators and the lead company")
    public ResponseEntity<Session> holdSession(@PathVariable String sprintId, @Valid @RequestBody Bodies.SessionRequest body,
            Caller caller) {
        Access.operatorOrLead(sprints.get(sprintId), caller);
        Session session = sprints.holdSession(sprintId, body.heldOn(), body.agenda(), body.presentMemberIds(), body.notes());
        return ResponseEntity.created(URI.create("/sprints/" + sprintId + "/sessions/" + session.id())).body(session);
    }

    @PostMapping(path = "/{sprintId}/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Complete with outcomes (SprintCompleted); operators and the lead company")
    public Sprint.State complete(@PathVariable String sprintId, @Valid @RequestBody Bodies.OutcomeRequest body,
            Caller caller) {
        Access.operatorOrLead(sprints.get(sprintId), caller);
        return sprints.complete(sprintId, new Outcome(body.whatWasTried(), body.practicesShared(),
                body.agreementsToContinue())).state();
    }

    @PostMapping(path = "/{sprintId}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Cancel a proposed or started sprint (SprintCancelled); operators")
    public Sprint.State cancel(@PathVariable String sprintId, @Valid @RequestBody Bodies.CancelRequest body, Caller caller) {
        Access.operator(caller);
        return sprints.cancel(sprintId, body.reason()).state();
    }
}
