package nl.talentcharter.sprints.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import nl.talentcharter.servicekit.security.Caller;
import nl.talentcharter.sprints.application.CohortProposals;
import nl.talentcharter.sprints.domain.proposal.ProposedCohorts;
import nl.talentcharter.sprints.domain.sprint.Sprint;
import org.springframework.http.HttpStatus;
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

/** Cohort proposals per theme, and the operators' decision per cohort: adjust, accept (a sprint) or reject. */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cohort proposals")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasRole('OPERATOR')")
public class CohortProposalsController {

    private final CohortProposals proposals;

    public CohortProposalsController(CohortProposals proposals) {
        this.proposals = proposals;
    }

    @PostMapping("/themes/{themeId}/cohort-proposals")
    @Operation(summary = "Propose and store cohorts of 4 to 8 interested active members for a theme, with a reason per company")
    public ResponseEntity<ProposedCohorts.State> propose(@PathVariable String themeId, Caller caller) {
        ProposedCohorts proposal = proposals.propose(themeId, caller.subject());
        return ResponseEntity.created(URI.create("/cohort-proposals/" + proposal.id())).body(proposal.state());
    }

    @GetMapping("/cohort-proposals")
    @Operation(summary = "Stored cohort proposals, newest first, optionally of one theme")
    public List<ProposedCohorts.State> all(@RequestParam(required = false) String themeId) {
        return proposals.all(themeId).stream().map(ProposedCohorts::state).toList();
    }

    @GetMapping("/cohort-proposals/{proposalId}")
    @Operation(summary = "One cohort proposal with the decision per cohort")
    public ProposedCohorts.State get(@PathVariable String proposalId) {
        return proposals.get(proposalId).state();
    }

    @PostMapping(path = "/cohort-proposals/{proposalId}/cohorts/{number}/adjust", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add or remove companies of an open cohort, keeping it at 4 to 8 companies")
    public ProposedCohorts.State adjust(@PathVariable String proposalId, @PathVariable int number,
            @Valid @RequestBody Bodies.AdjustCohortRequest body) {
        return proposals.adjust(proposalId, number, body.addMemberIds(), body.removeMemberIds()).state();
    }

    @PostMapping(path = "/cohort-proposals/{proposalId}/cohorts/{number}/accept", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The cohort becomes a proposed sprint (SprintProposed with cohortProposalId); 201 the first "
            + "time, 200 with the same sprint when accepted again")
    public ResponseEntity<Sprint.State> accept(@PathVariable String proposalId, @PathVariable int number,
            @Valid @RequestBody Bodies.AcceptCohortRequest body, Caller caller) {
        String facilitator = body.facilitatorId() == null || body.facilitatorId().isBlank() ? caller.subject()
                : body.facilitatorId();
        CohortProposals.Accepted accepted = proposals.accept(proposalId, number, body.challenge(), body.leadMemberId(),
                facilitator, body.plannedSessions());
        Sprint.State sprint = accepted.sprint().state();
        return accepted.created()
                ? ResponseEntity.created(URI.create("/sprints/" + sprint.id())).body(sprint)
                : ResponseEntity.status(HttpStatus.OK).body(sprint);
    }

    @PostMapping(path = "/cohort-proposals/{proposalId}/cohorts/{number}/reject", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Reject an open cohort with a reason")
    public ProposedCohorts.State reject(@PathVariable String proposalId, @PathVariable int number,
            @Valid @RequestBody Bodies.RejectCohortRequest body) {
        return proposals.reject(proposalId, number, body.reason()).state();
    }
}
