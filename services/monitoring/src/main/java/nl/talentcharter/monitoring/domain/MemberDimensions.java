package nl.talentcharter.monitoring.domain;

import java.util.List;
import java.util.Objects;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;

/** What monitoring knows of a member organisation: the dimensions its figures are cut by (current profile). */
public record MemberDimensions(String memberId, Region region, Sector sector, SizeClass sizeClass,
        List<ActionLine> actionLines, boolean frontRunner) {

    public MemberDimensions {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(sizeClass, "sizeClass");
        actionLines = actionLines == null ? List.of() : List.copyOf(actionLines);
    }
}
