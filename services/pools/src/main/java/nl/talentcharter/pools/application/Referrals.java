package nl.talentcharter.pools.application;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.talentcharter.contracts.partners.TalentReferred;
import nl.talentcharter.pools.domain.matching.AvailabilityWindow;
import nl.talentcharter.pools.domain.matching.Cefr;
import nl.talentcharter.pools.domain.matching.Certificate;
import nl.talentcharter.pools.domain.matching.Period;
import nl.talentcharter.pools.domain.talent.PersonProfile;

/**
 * A partner's referral as a person on offer (data minimisation, ADR 0108): the partner's pseudonymous
 * reference stands in for the name, there is no e-mail or phone, and the contact is the partner's desk, so
 * the person's identity stays with the partner until they bring the two sides together.
 */
final class Referrals {

    private Referrals() {
    }

    static PersonProfile profile(String partnerId, TalentReferred referral) {
        Map<String, Integer> skills = referral.skills().stream()
                .collect(Collectors.toMap(TalentReferred.Skill::uri, TalentReferred.Skill::level, Math::max));
        Map<String, Cefr> languages = referral.languages() == null ? Map.of() : referral.languages().stream()
                .collect(Collectors.toMap(TalentReferred.Language::language, l -> Cefr.valueOf(l.level().name()),
                        (a, b) -> a.compareTo(b) >= 0 ? a : b));
        List<Certificate> certificates = referral.certificates() == null ? List.of() : referral.certificates().stream()
                .map(c -> new Certificate(c.type(), c.validUntil())).toList();
        List<AvailabilityWindow> availability = referral.availability().stream()
                .map(a -> new AvailabilityWindow(new Period(a.from(), a.to()), a.hoursPerWeek())).toList();
        return new PersonProfile("reference " + referral.referenceId() + " at " + partnerId, null, null,
                referral.homePlace(), referral.country(), referral.region(), referral.latitude(), referral.longitude(),
                referral.maxTravelKm(), skills, languages, certificates, availability, referral.contactDesk());
    }
}
