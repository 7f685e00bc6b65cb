package nl.talentcharter.hrscans.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import nl.talentcharter.contracts.hrscans.ScanRequester;
import nl.talentcharter.hrscans.application.ScanService;
import nl.talentcharter.hrscans.domain.scan.FollowUp;
import nl.talentcharter.hrscans.domain.scan.HrScan;
import nl.talentcharter.hrscans.domain.scan.NewActionPoint;
import nl.talentcharter.hrscans.domain.scan.ScanStatus;
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

/**
 * The scan lifecycle over HTTP: request, schedule, answer, complete, follow up, close or cancel. A refused
 * step is a problem detail and changes nothing (no state change, no event).
 */
@RestController
@RequestMapping(path = "/scans", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "HR scans")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAnyRole('OPERATOR', 'MEMBER')")
public class ScansController {

    private final ScanService scans;
    private final Clock clock;

    public ScansController(ScanService scans, Clock clock) {
        this.scans = scans;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Request a scan for an active member (HrScanRequested); a member user only for itself")
    public ResponseEntity<ScanView> request(@Valid @RequestBody Bodies.ScanRequest body, Caller caller) {
        caller.requireAccessToMember(body.memberId());
        HrScan scan = scans.request(body.memberId(), body.templateVersion(),
                caller.isOperator() ? ScanRequester.OPERATOR : ScanRequester.MEMBER);
        return ResponseEntity.created(URI.create("/scans/" + scan.id())).body(view(scan));
    }

    @GetMapping
    @Operation(summary = "List scans, newest first; a member user sees its own only")
    public List<ScanView> list(@RequestParam(required = false) String memberId,
            @RequestParam(required = false) ScanStatus status, Caller caller) {
        return scans.list(Access.memberFilter(memberId, caller), status).stream().map(this::view).toList();
    }

    @GetMapping("/{scanId}")
    @Operation(summary = "One scan with its answers, scores, follow-ups and action points")
    public ScanView get(@PathVariable String scanId, Caller caller) {
        return view(Access.ownOrOperator(scans.get(scanId), caller));
    }

    @PostMapping(path = "/{scanId}/schedule", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Fix or move advisor and date (HrScanScheduled); operators")
    public ScanView schedule(@PathVariable String scanId, @Valid @RequestBody Bodies.ScheduleRequest body,
            Caller caller) {
        Access.operator(caller);
        String advisor = body.advisorId() == null || body.advisorId().isBlank() ? caller.subject() : body.advisorId();
        return view(scans.schedule(scanId, advisor, body.date()));
    }

    @PostMapping(path = "/{scanId}/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Save answers as they come; the member and the advisor both can")
    public ScanView answer(@PathVariable String scanId, @Valid @RequestBody Bodies.AnswersRequest body,
            Caller caller) {
        Access.ownOrOperator(scans.get(scanId), caller);
        return view(scans.answer(scanId, body.answers()));
    }

    @PostMapping("/{scanId}/complete")
    @Operation(summary = "Complete once every required question is answered: scores are fixed (HrScanCompleted)")
    public ScanView complete(@PathVariable String scanId, Caller caller) {
        Access.ownOrOperator(scans.get(scanId), caller);
        return view(scans.complete(scanId));
    }

    @PostMapping(path = "/{scanId}/follow-ups", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a held follow-up conversation and its action points (FollowUpHeld, ActionPointAgreed); operators")
    public ResponseEntity<ScanView> followUp(@PathVariable String scanId, @Valid @RequestBody Bodies.FollowUpRequest body,
            Caller caller) {
        Access.operator(caller);
        String advisor = body.advisorId() == null || body.advisorId().isBlank() ? caller.subject() : body.advisorId();
        List<NewActionPoint> points = body.actionPoints() == null ? List.of() : body.actionPoints().stream()
                .map(p -> new NewActionPoint(p.description(), p.owner(), p.dueOn(), p.actionLine())).toList();
        FollowUp held = scans.holdFollowUp(scanId, body.heldOn(), advisor, body.notes(), points);
        return ResponseEntity.created(URI.create("/scans/" + scanId + "#" + held.id())).body(view(scans.get(scanId)));
    }

    @PostMapping("/{scanId}/action-points/{actionPointId}/done")
    @Operation(summary = "Mark an agreed action point done (ActionPointCompleted); again changes nothing")
    public ScanView actionPointDone(@PathVariable String scanId, @PathVariable String actionPointId, Caller caller) {
        Access.ownOrOperator(scans.get(scanId), caller);
        return view(scans.completeActionPoint(scanId, actionPointId));
    }

    @PostMapping("/{scanId}/close")
    @Operation(summary = "Close a completed scan after at least one follow-up conversation (HrScanClosed); operators")
    public ScanView close(@PathVariable String scanId, Caller caller) {
        Access.operator(caller);
        return view(scans.close(scanId));
    }

    @PostMapping("/{scanId}/cancel")
    @Operation(summary = "Withdraw a scan that is not completed yet (HrScanCancelled)")
    public ScanView cancel(@PathVariable String scanId, Caller caller) {
        Access.ownOrOperator(scans.get(scanId), caller);
        return view(scans.withdraw(scanId));
    }

    private ScanView view(HrScan scan) {
        return ScanView.of(scan, scan.status().isOpen() ? scan.unansweredRequired(scans.templateOf(scan)) : List.of(),
                clock.instant().atZone(ZoneOffset.UTC).toLocalDate());
    }
}
