package nl.talentcharter.pools.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.pools.domain.request.LanguageLevel;
import nl.talentcharter.pools.domain.request.SkillLevel;
import nl.talentcharter.pools.domain.talent.PersonProfile;

/** Request bodies of the pools API; the domain validates their content and names the field at fault. */
final class Bodies {

    private Bodies() {
    }

    record PoolBody(String name, List<Sector> sectors, List<Region> regions) {
    }

    record MemberBody(String memberId) {
    }

    /** {@code offeredBy}: only operators name it; a member offers for itself, a partner for its own account. */
    record OfferBody(String offeredBy, String occupation, boolean consentToShare, PersonProfile person) {
    }

    record ConsentBody(Boolean granted) {
    }

    record WithdrawalBody(String reason) {
    }

    record RequestBody(String memberId, String occupation, List<SkillLevel> requiredSkills, Set<String> desiredSkills,
                       List<LanguageLevel> languages, Set<String> certificates, LocalDate periodStart,
                       LocalDate periodEnd, int hoursPerWeek, String placeName, double latitude, double longitude,
                       int positions) {
    }

    /** A person as the offering party and operators see them: pseudonymous state plus the opened profile. */
    record PersonView(nl.talentcharter.pools.domain.talent.Talent.State talent, PersonProfile person) {
    }
}
