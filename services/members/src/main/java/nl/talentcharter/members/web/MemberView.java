package nl.talentcharter.members.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Country;
import nl.talentcharter.contracts.vocabulary.EducationLevel;
import nl.talentcharter.contracts.vocabulary.FirstContactChannel;
import nl.talentcharter.contracts.vocabulary.OrganisationKind;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import nl.talentcharter.members.domain.Member;
import nl.talentcharter.members.domain.MembershipStatus;
import nl.talentcharter.members.domain.OrganisationProfile;

/** A member organisation as the API shows it: organisation data only, never contacts. */
@Schema(name = "Member")
public record MemberView(String id, String legalName, String kvkNumber, OrganisationKind kind,
        EducationLevel educationLevel, Sector sector, int employees, SizeClass sizeClass, LocationView location,
        boolean frontRunner, List<ActionLine> actionLines, MembershipStatus status, int membershipPeriod,
        FirstContactView firstContact) {

    @Schema(name = "Location")
    public record LocationView(String placeName, Country country, String municipality, Region region) {
    }

    @Schema(name = "FirstContact")
    public record FirstContactView(FirstContactChannel channel, String reference) {
    }

    static MemberView of(Member member) {
        OrganisationProfile p = member.profile();
        return new MemberView(member.id().value(), p.legalName(), p.kvkNumber().value(), p.kind(),
                p.educationLevel(), p.sector(), p.employees(), p.sizeClass(),
                new LocationView(p.location().placeName(), p.location().country(),
                        p.location().municipality() == null ? null : p.location().municipality().officialName(),
                        p.region()),
                member.isFrontRunner(), p.actionLinesInOrder(), member.status(), member.membershipPeriod(),
                member.firstContact().map(f -> new FirstContactView(f.channel(), f.reference())).orElse(null));
    }

}
