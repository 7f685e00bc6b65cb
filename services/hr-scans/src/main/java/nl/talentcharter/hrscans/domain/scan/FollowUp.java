package nl.talentcharter.hrscans.domain.scan;

import java.time.LocalDate;
import java.util.Objects;

/** A follow-up conversation that was held: when, with which advisor, and the advisor's notes. */
public record FollowUp(String id, LocalDate heldOn, String advisorId, String notes) {

    public FollowUp {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(heldOn, "heldOn");
        Objects.requireNonNull(advisorId, "advisorId");
        notes = notes == null ? "" : notes;
    }
}
