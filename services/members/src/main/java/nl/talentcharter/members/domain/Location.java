package nl.talentcharter.members.domain;

import nl.talentcharter.contracts.vocabulary.Country;
import nl.talentcharter.contracts.vocabulary.Region;

/**
 * Where a member is located: a Limburg municipality, or a place across the Belgian or German border
 * (cross-border members). Dutch places outside Limburg are not part of the alliance's area.
 *
 * @param placeName    the town or village; for a Limburg member it defaults to the municipality's name
 * @param country      NL, BE or DE
 * @param municipality the Limburg municipality, only for NL
 */
public record Location(String placeName, Country country, Municipality municipality) {

    public Location {
        if (country == null) {
            throw new InvalidMemberData("location.country", "a location needs a country");
        }
        if (country == Country.NL) {
            if (municipality == null) {
                throw new InvalidMemberData("location.municipality",
                        "a Dutch member must be located in one of the 31 municipalities of Limburg");
            }
            placeName = placeName == null || placeName.isBlank() ? municipality.officialName() : placeName.strip();
        } else {
            if (municipality != null) {
                throw new InvalidMemberData("location.municipality",
                        "a municipality of Limburg is only valid for a Dutch location");
            }
            if (placeName == null || placeName.isBlank()) {
                throw new InvalidMemberData("location.placeName", "a cross-border location needs a place name");
            }
            placeName = placeName.strip();
        }
    }

    public static Location inLimburg(Municipality municipality) {
        return new Location(null, Country.NL, municipality);
    }

    public static Location crossBorder(String placeName, Country country) {
        return new Location(placeName, country, null);
    }

    public Region region() {
        return municipality == null ? Region.CROSS_BORDER : municipality.region();
    }
}
