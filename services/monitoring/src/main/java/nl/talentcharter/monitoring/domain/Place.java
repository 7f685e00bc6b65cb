package nl.talentcharter.monitoring.domain;

import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;

/**
 * Where a partner's report belongs when it names no member: a course announced for a sector in a region, a
 * work-to-work case of an employer of a size class. Its figures are cut by these instead of a member's profile.
 *
 * @param sizeClass null when the report names none
 */
public record Place(Region region, Sector sector, SizeClass sizeClass) {
}
