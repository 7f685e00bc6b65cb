package nl.talentcharter.events.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import nl.talentcharter.events.application.GatheringService;
import nl.talentcharter.events.domain.ActionItem;
import nl.talentcharter.events.domain.Decision;
import nl.talentcharter.events.domain.Gathering;
import nl.talentcharter.events.domain.GatheringId;
import nl.talentcharter.events.domain.Governance;
import nl.talentcharter.events.domain.RuleViolation;
import nl.talentcharter.events.domain.RuleViolation.Rule;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The governance meetings' record: invited parties, agenda, minutes and decisions with their actions.
 * Operators keep it; viewers (the province, the alliance's board) read it. Only decisions are published.
 */
@RestController
@RequestMapping(path = "/events/{eventId}/governance", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Governance meetings")
@SecurityRequirement(name = "bearer")
public class GovernanceController {

    private final GatheringService gatherings;

    public GovernanceController(GatheringService gatherings) {
        this.gatherings = gatherings;
    }

    public record GovernanceView(String eventId, List<String> invitedParties, List<String> agenda, String minutes,
            List<Decision> decisions) {

        static GovernanceView of(Gathering gathering) {
            Governance governance = gathering.governance();
            if (governance == null) {
                throw new RuleViolation(Rule.WRONG_KIND, "only a governance meeting has an agenda, minutes and decisions");
            }
            return new GovernanceView(gathering.id().value(), governance.invitedParties(), governance.agenda(),
                    governance.minutes(), governance.decisions());
        }
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OPERATOR', 'VIEWER')")
    @Operation(summary = "Invited parties, agenda, minutes and decisions of a governance meeting")
    public GovernanceView governance(@PathVariable String eventId) {
        return GovernanceView.of(gatherings.get(new GatheringId(eventId)));
    }

    /** Parties are organisations or roles (a region, UWV, an mbo college), not persons. */
    public record AgendaBody(List<String> invitedParties, List<String> agenda) {
    }

    @PutMapping(path = "/agenda", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Set the invited parties and the agenda", description = "Replaces both; publishes nothing.")
    public GovernanceView agenda(@PathVariable String eventId, @RequestBody AgendaBody body) {
        return GovernanceView.of(gatherings.planMeeting(new GatheringId(eventId),
                body.invitedParties() == null ? List.of() : body.invitedParties(),
                body.agenda() == null ? List.of() : body.agenda()));
    }

    public record MinutesBody(String minutes) {
    }

    @PutMapping(path = "/minutes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Record the minutes", description = "Replaces earlier minutes; publishes nothing.")
    public GovernanceView minutes(@PathVariable String eventId, @RequestBody MinutesBody body) {
        return GovernanceView.of(gatherings.recordMinutes(new GatheringId(eventId), body.minutes()));
    }

    public record ActionBody(String description, String owner, LocalDate dueOn) {

        ActionItem toAction() {
            return new ActionItem(description, owner, dueOn);
        }
    }

    public record DecisionBody(String decision, LocalDate decidedOn, List<ActionBody> actions) {
    }

    @PostMapping(path = "/decisions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Record a decision with its actions (owner and due date each)",
            description = "Publishes GovernanceDecisionRecorded. Action owners are organisations or roles: they are "
                    + "published.")
    public ResponseEntity<Decision> decide(@PathVariable String eventId, @RequestBody DecisionBody body) {
        Decision decision = Decision.of(body.decision(), body.decidedOn(), actions(body.actions()));
        Decision recorded = gatherings.recordDecision(new GatheringId(eventId), decision);
        return ResponseEntity.created(URI.create("/events/" + eventId + "/governance/decisions/" + recorded.id()))
                .body(recorded);
    }

    static List<ActionItem> actions(List<ActionBody> bodies) {
        return bodies == null ? List.of() : bodies.stream().map(b -> b == null ? null : b.toAction()).toList();
    }
}
