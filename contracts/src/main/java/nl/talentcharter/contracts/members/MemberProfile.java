package nl.talentcharter.contracts.members;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.EducationLevel;
import nl.talentcharter.contracts.vocabulary.OrganisationKind;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;

/**
 * What the alliance knows about a member organisation: everything other services need to count,
 * segment and invite members, and nothing about persons.
 *
 * @param legalName      the registered name
 * @param kvkNumber      the Dutch Chamber of Commerce number: exactly eight digits
 * @param kind           what kind of organisation it is
 * @param educationLevel for an education institution, its level; absent otherwise
 * @param sector         its economic sector
 * @param employees      headcount, zero or more
 * @param sizeClass      SME (fewer than 250 employees) or large
 * @param location       where it is located
 * @param frontRunner    whether it is a front-runner ("koploper") other members can learn from
 * @param actionLines    the action lines it commits to, without duplicates; may be empty
 */
public record MemberProfile(
        String legalName,
        String kvkNumber,
        OrganisationKind kind,
        @JsonInclude(JsonInclude.Include.NON_NULL) EducationLevel educationLevel,
        Sector sector,
        int employees,
        SizeClass sizeClass,
        MemberLocation location,
        boolean frontRunner,
        List<ActionLine> actionLines) {

    public MemberProfile {
        requireNonNull(legalName, "legalName");
        requireNonNull(kvkNumber, "kvkNumber");
        requireNonNull(kind, "kind");
        requireNonNull(sector, "sector");
        requireNonNull(sizeClass, "sizeClass");
        requireNonNull(location, "location");
        actionLines = List.copyOf(requireNonNull(actionLines, "actionLines"));
    }
}
