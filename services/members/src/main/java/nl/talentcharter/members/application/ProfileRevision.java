package nl.talentcharter.members.application;

import nl.talentcharter.members.domain.OrganisationProfile;

/** The profile and front-runner flag a member should have after an edit. */
public record ProfileRevision(OrganisationProfile profile, boolean frontRunner) {
}
