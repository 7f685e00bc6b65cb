package nl.talentcharter.contracts.members;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.talentcharter.contracts.vocabulary.Country;
import nl.talentcharter.contracts.vocabulary.Region;

/**
 * Where a member organisation is located.
 *
 * @param placeName    the place (city, village) as the organisation names it
 * @param country      the country the place lies in
 * @param municipality the Limburg municipality for a Dutch member; absent (not {@code null} on the wire)
 *                     for members across the border
 * @param region       the reporting region
 */
public record MemberLocation(
        String placeName,
        Country country,
        @JsonInclude(JsonInclude.Include.NON_NULL) String municipality,
        Region region) {

    public MemberLocation {
        requireNonNull(placeName, "placeName");
        requireNonNull(country, "country");
        requireNonNull(region, "region");
    }
}
