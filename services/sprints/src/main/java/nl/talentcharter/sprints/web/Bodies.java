package nl.talentcharter.sprints.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.talentcharter.contracts.vocabulary.ActionLine;

/** Request bodies of the sprints API. */
final class Bodies {

    private Bodies() {
    }

    record ThemeRequest(@NotBlank @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$") @Size(max = 60) String id,
            @NotBlank @Size(max = 200) String name, @Size(max = 2000) String description,
            @NotEmpty List<@NotNull ActionLine> actionLines, @NotNull List<@NotBlank String> hrScanDomains) {
    }

    record InterestsRequest(@NotNull Set<@NotBlank String> themeIds) {
    }

    /** @param facilitatorId absent = the calling operator; @param plannedSessions absent = 5 */
    record SprintRequest(@NotBlank String themeId, @NotBlank @Size(max = 2000) String challenge,
            @NotBlank String leadMemberId, String facilitatorId, List<@NotBlank String> memberIds,
            @Min(1) @Max(20) Integer plannedSessions) {
    }

    /** @param memberId absent = the calling member user's organisation */
    record JoinRequest(String memberId) {
    }

    record LeaveRequest(String memberId, @NotBlank @Size(max = 500) String reason) {
    }

    record SessionRequest(@NotNull LocalDate heldOn, @NotBlank @Size(max = 2000) String agenda,
            @NotNull List<@NotBlank String> presentMemberIds, @Size(max = 20_000) String notes) {
    }

    record OutcomeRequest(@NotBlank @Size(max = 2000) String whatWasTried,
            List<@NotBlank @Size(max = 2000) String> practicesShared,
            List<@NotBlank @Size(max = 2000) String> agreementsToContinue) {
    }

    record CancelRequest(@NotBlank @Size(max = 500) String reason) {
    }

    /** Accepting a proposed cohort: leadMemberId absent = the company the cohort was built around. */
    record AcceptCohortRequest(@NotBlank @Size(max = 2000) String challenge, String leadMemberId, String facilitatorId,
            @Min(1) @Max(20) Integer plannedSessions) {
    }

    record AdjustCohortRequest(List<@NotBlank String> addMemberIds, List<@NotBlank String> removeMemberIds) {
    }

    record RejectCohortRequest(@NotBlank @Size(max = 500) String reason) {
    }
}
