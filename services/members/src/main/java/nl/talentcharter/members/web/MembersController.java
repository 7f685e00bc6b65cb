package nl.talentcharter.members.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.Map;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import nl.talentcharter.members.application.MemberService;
import nl.talentcharter.members.domain.Actor;
import nl.talentcharter.members.domain.Member;
import nl.talentcharter.members.domain.MemberId;
import nl.talentcharter.members.domain.MembershipStatus;
import nl.talentcharter.members.persistence.MemberSearch;
import nl.talentcharter.servicekit.problem.ProblemException;
import nl.talentcharter.servicekit.problem.ProblemTypes;
import nl.talentcharter.servicekit.security.Caller;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/members", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Members", description = "Member organisations of the Talent Charter alliance")
@Validated
public class MembersController {

    /** What a search may sort by: stored, indexed-or-small fields only. */
    private static final Map<String, String> SORTABLE = Map.of("legalName", "legalName", "kvkNumber", "kvkNumber",
            "employees", "employees", "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final MemberService members;

    public MembersController(MemberService members) {
        this.members = members;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Register an organisation directly as an active member",
            description = "Operators only. Publishes MemberJoined (period 1).")
    @ApiResponse(responseCode = "201", description = "Registered")
    @ApiResponse(responseCode = "400", description = "Invalid input (e.g. KvK number, municipality)")
    @ApiResponse(responseCode = "409", description = "Another member has this KvK number")
    public ResponseEntity<MemberView> register(@Valid @RequestBody MemberBody body, Caller caller) {
        Member member = members.register(body.toProfile(), body.isFrontRunner(), body.firstContactOrNull(),
                actor(caller));
        return created(member);
    }

    @PostMapping(path = "/applications", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Record an application for membership",
            description = "Operators only (from an intake form or conversation). Publishes MemberApplied; "
                    + "approve it with POST /members/{id}/approve.")
    @ApiResponse(responseCode = "201", description = "Application recorded")
    public ResponseEntity<MemberView> apply(@Valid @RequestBody MemberBody body, Caller caller) {
        Member member = members.apply(body.toProfile(), body.isFrontRunner(), body.firstContactOrNull(),
                actor(caller));
        return created(member);
    }

    @GetMapping("/{memberId}")
    @PreAuthorize("hasAnyRole('OPERATOR', 'VIEWER', 'MEMBER')")
    @Operation(summary = "Read a member organisation",
            description = "Operators and viewers read every member; a member user only its own organisation (403 otherwise).")
    public MemberView get(@PathVariable String memberId, Caller caller) {
        MemberId id = Access.readable(memberId, caller);
        return MemberView.of(members.get(id));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OPERATOR', 'VIEWER')")
    @Operation(summary = "Search member organisations",
            description = "All filters are optional and combine with AND. Sort as field,asc|desc on legalName, "
                    + "kvkNumber, employees, createdAt or updatedAt.")
    public PageView<MemberView> search(@RequestParam(required = false) Region region,
            @RequestParam(required = false) Sector sector, @RequestParam(required = false) SizeClass sizeClass,
            @RequestParam(required = false) MembershipStatus status,
            @RequestParam(required = false) ActionLine actionLine,
            @RequestParam(required = false) Boolean frontRunner,
            @Parameter(description = "exact KvK number") @RequestParam(required = false) String kvkNumber,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
            @RequestParam(defaultValue = "legalName,asc") String sort) {
        PageRequest request = PageRequest.of(page, size, sortOf(sort));
        return PageView.of(members.search(new MemberSearch(region, sector, sizeClass, status, actionLine, frontRunner,
                kvkNumber), request), MemberView::of);
    }

    static Sort sortOf(String sort) {
        String[] parts = sort.split(",");
        String field = SORTABLE.get(parts[0].strip());
        if (field == null || parts.length > 2) {
            throw invalidSort(sort);
        }
        Sort.Direction direction = Sort.Direction.ASC;
        if (parts.length == 2) {
            direction = Sort.Direction.fromOptionalString(parts[1].strip()).orElseThrow(() -> invalidSort(sort));
        }
        // the id as tie-breaker keeps pages stable when many members share a value
        return Sort.by(direction, field).and(Sort.by("_id"));
    }

    private static ProblemException invalidSort(String sort) {
        return ProblemException.badRequest(ProblemTypes.INVALID_PARAMETER, "cannot sort by '" + sort
                + "'; use field,asc|desc with field one of " + String.join(", ", new java.util.TreeSet<>(SORTABLE.keySet())));
    }

    private static ResponseEntity<MemberView> created(Member member) {
        return ResponseEntity.created(URI.create("/members/" + member.id().value())).body(MemberView.of(member));
    }

    static Actor actor(Caller caller) {
        return new Actor(caller.subject());
    }
}
