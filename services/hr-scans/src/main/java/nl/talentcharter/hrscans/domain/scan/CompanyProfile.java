package nl.talentcharter.hrscans.domain.scan;

import java.util.Objects;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;

/** What peers are grouped by, as the member read model knew it when the scan was requested. */
public record CompanyProfile(Sector sector, Region region, SizeClass sizeClass) {

    public CompanyProfile {
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(sizeClass, "sizeClass");
    }
}
