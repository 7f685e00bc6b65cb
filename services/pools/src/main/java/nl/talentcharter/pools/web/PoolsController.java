package nl.talentcharter.pools.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Set;
import nl.talentcharter.pools.application.PoolWork;
import nl.talentcharter.pools.domain.InvalidInput;
import nl.talentcharter.pools.domain.pool.Pool;
import nl.talentcharter.pools.domain.request.DeclinedBy;
import nl.talentcharter.pools.domain.request.TalentRequest;
import nl.talentcharter.pools.domain.talent.Talent;
import nl.talentcharter.pools.persistence.Documents.MatchingRun;
import nl.talentcharter.servicekit.security.Caller;
import nl.talentcharter.servicekit.security.Role;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pools, people offered, requests and matching runs over HTTP. A refused step is a problem detail and
 * changes nothing (no state change, no event). Responses name people by pseudonymous id; only the offering
 * party and operators see a person's profile.
 */
@RestController
@Tag(name = "Pools")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAnyRole('OPERATOR', 'MEMBER', 'PARTNER')")
public class PoolsController {

    private final PoolWork work;

    public PoolsController(PoolWork work) {
        this.work = work;
    }

    @PostMapping(path = "/pools", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Form a pool covering sectors and regions (PoolFormed); operators")
    public ResponseEntity<Pool.State> form(@RequestBody Bodies.PoolBody body, Caller caller) {
        Access.operator(caller);
        Pool pool = work.form(body.name(), body.sectors(), body.regions());
        return ResponseEntity.created(URI.create("/pools/" + pool.id())).body(pool.state());
    }

    @GetMapping("/pools")
    @Operation(summary = "All pools with the sectors, regions and members they cover")
    public List<Pool.State> pools() {
        return work.pools().stream().map(Pool::state).toList();
    }

    @GetMapping("/pools/{poolId}")
    public Pool.State pool(@PathVariable String poolId) {
        return work.pool(poolId).state();
    }

    @PostMapping(path = "/pools/{poolId}/members", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A member company joins the pool (MemberJoinedPool); operators")
    public Pool.State join(@PathVariable String poolId, @RequestBody Bodies.MemberBody body, Caller caller) {
        Access.operator(caller);
        return work.join(poolId, body.memberId()).state();
    }

    @DeleteMapping("/pools/{poolId}/members/{memberId}")
    @Operation(summary = "A member company leaves the pool (MemberLeftPool); operators")
    public Pool.State leave(@PathVariable String poolId, @PathVariable String memberId, Caller caller) {
        Access.operator(caller);
        return work.leave(poolId, memberId).state();
    }

    @PostMapping(path = "/pools/{poolId}/talent", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Offer a person with their consent (TalentOffered); a member for itself, a partner, or an operator")
    public ResponseEntity<Talent.State> offer(@PathVariable String poolId, @RequestBody Bodies.OfferBody body, Caller caller) {
        boolean partner = caller.hasRole(Role.PARTNER) && !caller.isOperator();
        String offeredBy;
        if (caller.isOperator()) {
            InvalidInput.require(body.offeredBy() != null && !body.offeredBy().isBlank(), "offeredBy",
                    "an operator names the member or partner that offers the person");
            offeredBy = body.offeredBy();
        } else {
            offeredBy = Access.offeringParty(caller);
        }
        Talent talent = work.offer(poolId, offeredBy, partner || offeredBy.startsWith("partner:"), body.occupation(),
                body.person(), body.consentToShare());
        return ResponseEntity.created(URI.create("/talent/" + talent.id())).body(talent.state());
    }

    @GetMapping("/pools/{poolId}/talent")
    @Operation(summary = "People offered in the pool (pseudonymous); operators see all, others those they offered")
    public List<Talent.State> talent(@PathVariable String poolId, Caller caller) {
        return work.talentOf(poolId).stream().filter(t -> Access.offeredBy(t, caller)).map(Talent::state).toList();
    }

    @GetMapping("/talent/{personId}")
    @Operation(summary = "One person with their profile; operators and the offering party")
    public Bodies.PersonView person(@PathVariable String personId, Caller caller) {
        Talent talent = Access.requireOfferedBy(work.talent(personId), caller);
        return new Bodies.PersonView(talent.state(), work.profile(personId));
    }

    @PutMapping(path = "/talent/{personId}/consent", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the person's consent to be shared, or its withdrawal; no consent, no matching")
    public Talent.State consent(@PathVariable String personId, @RequestBody Bodies.ConsentBody body, Caller caller) {
        Access.requireOfferedBy(work.talent(personId), caller);
        InvalidInput.require(body.granted() != null, "granted", "say whether consent is granted (true or false)");
        return work.consent(personId, body.granted()).state();
    }

    @PostMapping(path = "/talent/{personId}/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The person is no longer available (TalentWithdrawn)")
    public Talent.State withdraw(@PathVariable String personId, @RequestBody Bodies.WithdrawalBody body, Caller caller) {
        Access.requireOfferedBy(work.talent(personId), caller);
        return work.withdraw(personId, body.reason()).state();
    }

    @DeleteMapping("/talent/{personId}")
    @Operation(summary = "Erase the person: their key is destroyed (PersonErased); operators")
    public Talent.State erase(@PathVariable String personId, Caller caller) {
        Access.operator(caller);
        return work.erase(personId).state();
    }

    @PostMapping(path = "/pools/{poolId}/requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ask the pool for people (TalentRequested); a member for itself, or an operator")
    public ResponseEntity<TalentRequest.State> request(@PathVariable String poolId, @RequestBody Bodies.RequestBody body,
                                                       Caller caller) {
        if (caller.hasRole(Role.PARTNER) && !caller.isOperator()) {
            throw new org.springframework.security.access.AccessDeniedException("partners offer people, they do not request them");
        }
        String memberId = caller.isOperator() ? body.memberId() : Access.offeringParty(caller);
        InvalidInput.require(memberId != null && !memberId.isBlank(), "memberId", "which member asks?");
        TalentRequest request = work.request(new TalentRequest.State(null, poolId, memberId, body.occupation(),
                body.requiredSkills() == null ? List.of() : body.requiredSkills(),
                body.desiredSkills() == null ? Set.of() : body.desiredSkills(),
                body.languages() == null ? List.of() : body.languages(),
                body.certificates() == null ? Set.of() : body.certificates(), body.periodStart(), body.periodEnd(),
                body.hoursPerWeek(), body.placeName(), body.latitude(), body.longitude(), body.positions(), null, List.of()));
        return ResponseEntity.created(URI.create("/requests/" + request.id())).body(request.state());
    }

    @GetMapping("/pools/{poolId}/requests")
    @Operation(summary = "Requests of the pool; operators see all, a member its own")
    public List<TalentRequest.State> requests(@PathVariable String poolId, Caller caller) {
        return work.requestsOf(poolId).stream().filter(r -> caller.isOperator()
                        || (caller.hasRole(Role.MEMBER) && caller.canAccessMember(r.state().memberId())))
                .map(TalentRequest::state).toList();
    }

    @GetMapping("/requests/{requestId}")
    @Operation(summary = "One request with the matches proposed for it and their explanations")
    public TalentRequest.State requestById(@PathVariable String requestId, Caller caller) {
        return Access.requireRequester(work.requestById(requestId), caller).state();
    }

    @PostMapping("/requests/{requestId}/matches/{matchId}/acceptance")
    @Operation(summary = "Accept a proposed match: the requesting member and the offering party; both = PlacementConfirmed")
    public nl.talentcharter.pools.domain.request.Proposal accept(@PathVariable String requestId, @PathVariable String matchId, Caller caller) {
        TalentRequest request = work.requestById(requestId);
        String offeredBy = work.offeringPartyOf(requestId, matchId);
        boolean requester = caller.hasRole(Role.MEMBER) && caller.memberId().map(request.state().memberId()::equals).orElse(false);
        boolean offerer = (caller.hasRole(Role.MEMBER) || caller.hasRole(Role.PARTNER)) && offeredBy.equals(Access.offeringParty(caller));
        if (!requester && !offerer) {
            throw new org.springframework.security.access.AccessDeniedException(caller.subject()
                    + " neither requested nor offered for match " + matchId);
        }
        // only this proposal: an offering party sees nothing of the request's other candidates
        return work.accept(requestId, matchId, requester, offerer).proposal(matchId);
    }

    @PostMapping(path = "/requests/{requestId}/matches/{matchId}/decline", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decline a proposed match with a reason (MatchDeclined); the requesting member or the offering party")
    public nl.talentcharter.pools.domain.request.Proposal decline(@PathVariable String requestId, @PathVariable String matchId,
                                                              @RequestBody Bodies.WithdrawalBody body, Caller caller) {
        TalentRequest request = work.requestById(requestId);
        String offeredBy = work.offeringPartyOf(requestId, matchId);
        boolean requester = caller.hasRole(Role.MEMBER) && caller.memberId().map(request.state().memberId()::equals).orElse(false);
        boolean offerer = (caller.hasRole(Role.MEMBER) || caller.hasRole(Role.PARTNER)) && offeredBy.equals(Access.offeringParty(caller));
        if (!requester && !offerer) {
            throw new org.springframework.security.access.AccessDeniedException(caller.subject()
                    + " neither requested nor offered for match " + matchId + " (operators overrule the run instead)");
        }
        return work.decline(requestId, matchId, requester ? DeclinedBy.REQUESTING_MEMBER : DeclinedBy.OFFERING_PARTY,
                body.reason()).proposal(matchId);
    }

    @PostMapping(path = "/matching-runs/{runId}/matches/{matchId}/overruling", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Overrule a run's proposal with a reason (MatchDeclined by OPERATOR); operators")
    public nl.talentcharter.pools.domain.request.Proposal overrule(@PathVariable String runId, @PathVariable String matchId,
                                                               @RequestBody Bodies.WithdrawalBody body, Caller caller) {
        Access.operator(caller);
        return work.overrule(runId, matchId, body.reason()).proposal(matchId);
    }

    @GetMapping("/matching-runs/{runId}/review-log")
    @Operation(summary = "What became of each proposal of a run: accepted, confirmed, declined, overruled (who, why, when); operators")
    public List<PoolWork.ReviewEntry> reviewLog(@PathVariable String runId, Caller caller) {
        Access.operator(caller);
        return work.reviewLog(runId);
    }

    @PostMapping(path = "/requests/{requestId}/matches/{matchId}/end", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "End a confirmed placement with a reason (PlacementEnded); operators and the requesting member")
    public TalentRequest.State end(@PathVariable String requestId, @PathVariable String matchId,
                                   @RequestBody Bodies.WithdrawalBody body, Caller caller) {
        Access.requireRequester(work.requestById(requestId), caller);
        return work.end(requestId, matchId, body.reason()).state();
    }

    @GetMapping("/requests/{requestId}/matches/{matchId}/contact")
    @Operation(summary = "The placed person's contact details, after acceptance by both sides and with consent; the requesting member")
    public PoolWork.Contact contact(@PathVariable String requestId, @PathVariable String matchId, Caller caller) {
        Access.requireRequester(work.requestById(requestId), caller);
        return work.contact(requestId, matchId);
    }

    @PostMapping("/pools/{poolId}/matching-runs")
    @Operation(summary = "Run the optimal matching over the pool (MatchProposed per match); operators")
    public ResponseEntity<MatchingRun> match(@PathVariable String poolId, Caller caller) {
        Access.operator(caller);
        MatchingRun run = work.match(poolId, caller.subject());
        return ResponseEntity.created(URI.create("/matching-runs/" + run.runId())).body(run);
    }

    @GetMapping("/matching-runs/{runId}")
    @Operation(summary = "A run with its input fingerprint, matches, near misses and fairness report; operators")
    public MatchingRun run(@PathVariable String runId, Caller caller) {
        Access.operator(caller);
        return work.run(runId);
    }
}
