package nl.talentcharter.members.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.talentcharter.members.application.MemberService;
import nl.talentcharter.members.domain.LifecycleAction;
import nl.talentcharter.members.domain.MemberId;
import nl.talentcharter.servicekit.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The membership lifecycle: applied -> active -> suspended -> ended, and re-joining after the end.
 * Operators only; an action the current status does not allow is a 409 and changes nothing.
 */
@RestController
@RequestMapping(path = "/members/{memberId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Membership lifecycle")
@PreAuthorize("hasRole('OPERATOR')")
@ApiResponse(responseCode = "409", description = "The membership's status does not allow this action")
public class MemberLifecycleController {

    private final MemberService members;

    public MemberLifecycleController(MemberService members) {
        this.members = members;
    }

    @PostMapping("/approve")
    @Operation(summary = "Approve an application: the membership becomes active (MemberJoined)")
    public MemberView approve(@PathVariable String memberId, Caller caller) {
        return act(memberId, LifecycleAction.APPROVE, null, caller);
    }

    @PostMapping(path = "/suspend", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Suspend an active membership, with a reason (MembershipSuspended)")
    public MemberView suspend(@PathVariable String memberId, @Valid @RequestBody ReasonBody body, Caller caller) {
        return act(memberId, LifecycleAction.SUSPEND, body.reason(), caller);
    }

    @PostMapping("/reinstate")
    @Operation(summary = "Reinstate a suspended membership (MembershipReinstated)")
    public MemberView reinstate(@PathVariable String memberId, Caller caller) {
        return act(memberId, LifecycleAction.REINSTATE, null, caller);
    }

    @PostMapping(path = "/end", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "End an application or membership, with a reason (MembershipEnded)")
    public MemberView end(@PathVariable String memberId, @Valid @RequestBody ReasonBody body, Caller caller) {
        return act(memberId, LifecycleAction.END, body.reason(), caller);
    }

    @PostMapping("/rejoin")
    @Operation(summary = "Join again after the end: starts the next membership period (MemberJoined)")
    public MemberView rejoin(@PathVariable String memberId, Caller caller) {
        return act(memberId, LifecycleAction.REJOIN, null, caller);
    }

    private MemberView act(String memberId, LifecycleAction action, String reason, Caller caller) {
        MemberId id = Access.id(memberId);
        return MemberView.of(members.transition(id, action, reason, MembersController.actor(caller)));
    }
}
