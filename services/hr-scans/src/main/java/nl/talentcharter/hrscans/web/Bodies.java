package nl.talentcharter.hrscans.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.talentcharter.contracts.vocabulary.ActionLine;

/** Request bodies of the scan API. */
final class Bodies {

    private Bodies() {
    }

    /** @param templateVersion a published version; absent = the current one */
    record ScanRequest(@NotBlank String memberId, @Positive Integer templateVersion) {
    }

    /** @param advisorId absent = the calling operator */
    record ScheduleRequest(String advisorId, @NotNull LocalDate date) {
    }

    /** question key -> option key; partial is fine, a later answer replaces an earlier one */
    record AnswersRequest(@NotEmpty Map<String, String> answers) {
    }

    /** @param advisorId absent = the calling operator */
    record FollowUpRequest(@NotNull LocalDate heldOn, String advisorId, @Size(max = 10_000) String notes,
            List<@Valid ActionPointRequest> actionPoints) {
    }

    record ActionPointRequest(@NotBlank @Size(max = 500) String description, @NotBlank @Size(max = 200) String owner,
            @NotNull LocalDate dueOn, @NotNull ActionLine actionLine) {
    }
}
