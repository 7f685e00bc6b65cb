package nl.talentcharter.members.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import nl.talentcharter.members.application.MemberService;
import nl.talentcharter.members.application.ProfileRevision;
import nl.talentcharter.members.domain.MemberId;
import nl.talentcharter.servicekit.problem.ProblemException;
import nl.talentcharter.servicekit.problem.ProblemTypes;
import nl.talentcharter.servicekit.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Edits a member's profile with a JSON merge patch (RFC 7396): send only what changes, {@code null}
 * clears an optional field. The patch is merged onto the stored profile and the result validated as
 * a whole, inside the same optimistic-locked load and save.
 */
@RestController
@RequestMapping(path = "/members", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Members")
public class MemberProfileController {

    static final String MERGE_PATCH = "application/merge-patch+json";
    /** Status, period and first contact change only through their own endpoints. */
    private static final Set<String> PATCHABLE = Set.of("legalName", "kvkNumber", "kind", "educationLevel", "sector",
            "employees", "location", "frontRunner", "actionLines");

    private final MemberService members;
    private final JsonMapper json;
    private final Validator validator;

    public MemberProfileController(MemberService members, JsonMapper json, Validator validator) {
        this.members = members;
        this.json = json;
        this.validator = validator;
    }

    @PatchMapping(path = "/{memberId}", consumes = {MERGE_PATCH, MediaType.APPLICATION_JSON_VALUE})
    @PreAuthorize("hasAnyRole('OPERATOR', 'MEMBER')")
    @Operation(summary = "Change a member's profile (JSON merge patch)",
            description = "Operators change every profile field; a member user changes its own organisation's "
                    + "profile but not its KvK number or front-runner flag (403). Publishes MemberProfileChanged "
                    + "when something changed.")
    public MemberView patch(@PathVariable String memberId, @RequestBody JsonNode patch, Caller caller) {
        MemberId id = Access.manageable(memberId, caller);
        if (!(patch instanceof ObjectNode patchObject)) {
            throw ProblemException.badRequest(ProblemTypes.MALFORMED_REQUEST, "a merge patch is a JSON object");
        }
        List<String> unknown = patchObject.propertyNames().stream().filter(name -> !PATCHABLE.contains(name))
                .sorted().toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.badRequest(ProblemTypes.VALIDATION_FAILED, "cannot change " + unknown
                    + " with a profile patch; lifecycle changes have their own endpoints").with("errors",
                    unknown.stream().map(f -> java.util.Map.of("field", f, "message", "not a profile field")).toList());
        }
        MemberService.Revised revised = members.reviseProfile(id, current -> {
            MemberBody merged = merge(MemberBody.of(current), patchObject);
            return new ProfileRevision(merged.toProfile(), merged.isFrontRunner());
        }, MembersController.actor(caller), caller.isOperator());
        return MemberView.of(revised.member());
    }

    private MemberBody merge(MemberBody current, ObjectNode patch) {
        JsonNode target = json.valueToTree(current);
        JsonNode merged = mergePatch(target, patch);
        MemberBody body;
        try {
            body = json.treeToValue(merged, MemberBody.class);
        } catch (JacksonException e) {
            throw ProblemException.badRequest(ProblemTypes.MALFORMED_REQUEST, "the patch does not fit the profile: "
                    + e.getOriginalMessage());
        }
        Set<ConstraintViolation<MemberBody>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(ProblemTypes.VALIDATION_FAILED, "the patched profile is invalid")
                    .with("errors", violations.stream()
                            .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                            .map(v -> java.util.Map.of("field", v.getPropertyPath().toString(), "message",
                                    v.getMessage()))
                            .toList());
        }
        return body;
    }

    /** RFC 7396 section 2. */
    static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        Iterator<String> names = patch.propertyNames().iterator();
        while (names.hasNext()) {
            String name = names.next();
            JsonNode value = patch.get(name);
            if (value.isNull()) {
                result.remove(name);
            } else {
                result.set(name, mergePatch(result.get(name), value));
            }
        }
        return result;
    }
}
