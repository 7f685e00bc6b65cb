package nl.talentcharter.members.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import nl.talentcharter.members.application.MemberService;
import nl.talentcharter.members.domain.HistoryEntry;
import nl.talentcharter.members.domain.MemberId;
import nl.talentcharter.servicekit.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who changed what when, newest first. Holds no personal data: contacts appear by id only. */
@RestController
@RequestMapping(path = "/members/{memberId}/history", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Members")
@Validated
public class MemberHistoryController {

    private final MemberService members;

    public MemberHistoryController(MemberService members) {
        this.members = members;
    }

    @Schema(name = "HistoryEntry")
    record HistoryView(Instant at, String actor, String action, String contactId, String reason,
            List<HistoryEntry.FieldChange> changes) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OPERATOR', 'VIEWER', 'MEMBER')")
    @Operation(summary = "The history of changes to a member, newest first")
    public PageView<HistoryView> history(@PathVariable String memberId, Caller caller,
            @Parameter(description = "e.g. profile-changed, suspend, contact-erased") @RequestParam(required = false) String action,
            @Parameter(description = "only entries that changed this field") @RequestParam(required = false) String field,
            @Parameter(description = "only entries at or after this instant") @RequestParam(required = false) Instant since,
            @RequestParam(required = false) String actor,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        MemberId id = Access.readable(memberId, caller);
        Predicate<HistoryEntry> wanted = entry -> (action == null || action.equals(entry.action()))
                && (since == null || !entry.at().isBefore(since))
                && (actor == null || actor.equals(entry.actor()))
                && (field == null || entry.changes().stream().anyMatch(c -> field.equals(c.field())));
        // history is append-only, so reversing it is newest first while keeping one request's entries in order
        List<HistoryEntry> matching = new ArrayList<>(members.get(id).history().stream().filter(wanted).toList());
        Collections.reverse(matching);
        int from = (int) Math.min((long) page * size, matching.size());
        int to = Math.min(from + size, matching.size());
        List<HistoryView> items = matching.subList(from, to).stream().map(e -> new HistoryView(e.at(), e.actor(),
                e.action(), e.contactId(), e.reason(), e.changes())).toList();
        return new PageView<>(items, page, size, matching.size(), (matching.size() + size - 1) / size);
    }
}
