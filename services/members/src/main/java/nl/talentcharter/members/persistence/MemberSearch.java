package nl.talentcharter.members.persistence;

import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import nl.talentcharter.members.domain.MembershipStatus;

/** Search filters; a null filter matches everything. */
public record MemberSearch(Region region, Sector sector, SizeClass sizeClass, MembershipStatus status,
        ActionLine actionLine, Boolean frontRunner, String kvkNumber) {
}
