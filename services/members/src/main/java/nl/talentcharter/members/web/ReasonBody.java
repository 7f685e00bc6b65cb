package nl.talentcharter.members.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** Why a lifecycle action is taken; required to suspend or end a membership. */
@Schema(name = "LifecycleReason")
public record ReasonBody(@Schema(example = "membership fee unpaid") @Size(max = 500) String reason) {
}
