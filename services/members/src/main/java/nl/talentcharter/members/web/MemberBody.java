package nl.talentcharter.members.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Country;
import nl.talentcharter.contracts.vocabulary.EducationLevel;
import nl.talentcharter.contracts.vocabulary.FirstContactChannel;
import nl.talentcharter.contracts.vocabulary.OrganisationKind;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.members.domain.FirstContact;
import nl.talentcharter.members.domain.KvkNumber;
import nl.talentcharter.members.domain.Location;
import nl.talentcharter.members.domain.Municipality;
import nl.talentcharter.members.domain.OrganisationProfile;

/**
 * A member organisation as it is registered or edited. The same shape is what a PATCH merges onto
 * (RFC 7396), so every field an operator can set has one name everywhere.
 */
@Schema(name = "MemberInput", description = "A member organisation's profile as it is registered or edited")
public record MemberBody(
        @Schema(example = "Zorggroep Venlo B.V.") @NotBlank @Size(max = 200) String legalName,
        @Schema(example = "12345678", description = "Dutch Chamber of Commerce number: exactly 8 digits")
        @NotNull @Pattern(regexp = "[0-9]{8}", message = "must be exactly 8 digits") String kvkNumber,
        @NotNull OrganisationKind kind,
        @Schema(description = "Only for an education institution, and required there") EducationLevel educationLevel,
        @NotNull Sector sector,
        @Schema(example = "120") @NotNull @PositiveOrZero Integer employees,
        @NotNull @Valid LocationBody location,
        @Schema(description = "Front-runner ('koploper'); only operators set it", defaultValue = "false")
        Boolean frontRunner,
        @Schema(description = "The action lines the member commits to") List<@NotNull ActionLine> actionLines,
        @Schema(description = "How the alliance first met the organisation; only when registering")
        @Valid FirstContactBody firstContact) {

    /**
     * @param municipality one of the 31 Limburg municipalities, for a Dutch location
     * @param country      NL (default), or BE / DE for a cross-border member
     * @param placeName    the town; required across the border, defaults to the municipality in Limburg
     */
    @Schema(name = "LocationInput")
    public record LocationBody(@Schema(example = "Venlo") @Size(max = 100) String municipality,
            @Schema(defaultValue = "NL") Country country,
            @Schema(example = "Blerick") @Size(max = 100) String placeName) {

        Location toDomain() {
            Country actual = country == null ? Country.NL : country;
            Municipality limburg = actual == Country.NL && municipality != null ? Municipality.of(municipality) : null;
            if (actual != Country.NL && municipality != null) {
                throw new nl.talentcharter.members.domain.InvalidMemberData("location.municipality",
                        "a municipality of Limburg is only valid for a Dutch location");
            }
            return new Location(placeName, actual, limburg);
        }

        static LocationBody of(Location location) {
            return new LocationBody(location.municipality() == null ? null : location.municipality().officialName(),
                    location.country(), location.placeName());
        }
    }

    @Schema(name = "FirstContactInput")
    public record FirstContactBody(@NotNull FirstContactChannel channel,
            @Schema(example = "event-2026-03") @Size(max = 100) String reference) {

        FirstContact toDomain() {
            return new FirstContact(channel, reference);
        }
    }

    OrganisationProfile toProfile() {
        Set<ActionLine> lines = actionLines == null || actionLines.isEmpty() ? Set.of() : EnumSet.copyOf(actionLines);
        return new OrganisationProfile(legalName, new KvkNumber(kvkNumber), kind, educationLevel, sector, employees,
                location.toDomain(), lines);
    }

    boolean isFrontRunner() {
        return Boolean.TRUE.equals(frontRunner);
    }

    FirstContact firstContactOrNull() {
        return firstContact == null ? null : firstContact.toDomain();
    }

    /** The editable part of a stored member, as a PATCH sees it before merging. */
    static MemberBody of(nl.talentcharter.members.domain.Member member) {
        OrganisationProfile p = member.profile();
        return new MemberBody(p.legalName(), p.kvkNumber().value(), p.kind(), p.educationLevel(), p.sector(),
                p.employees(), LocationBody.of(p.location()), member.isFrontRunner(),
                p.actionLinesInOrder(), null);
    }
}
