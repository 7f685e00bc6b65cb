package nl.talentcharter.pools.domain.talent;

import java.util.List;
import java.util.Map;
import nl.talentcharter.contracts.vocabulary.Country;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.pools.domain.matching.AvailabilityWindow;
import nl.talentcharter.pools.domain.matching.Cefr;
import nl.talentcharter.pools.domain.matching.Certificate;

/**
 * Everything personal about a person on offer: who they are, how to reach them and what the matcher needs.
 * Stored only encrypted with the person's own key (ADR 0101); never on a topic.
 *
 * @param skills      ESCO skill URI to level 1 (basic) .. 4 (expert)
 * @param contactDesk only for a partner's referral: the partner's institutional contact; then {@code name} is the
 *                    partner's pseudonymous reference and there is no e-mail or phone (the identity stays with
 *                    the partner)
 */
public record PersonProfile(String name, String email, String phone, String homePlace, Country country, Region region,
                            double latitude, double longitude, int maxTravelKm, Map<String, Integer> skills,
                            Map<String, Cefr> languages, List<Certificate> certificates,
                            List<AvailabilityWindow> availability, String contactDesk) {

    /** A person offered over the API, with their own contact details. */
    public PersonProfile(String name, String email, String phone, String homePlace, Country country, Region region,
                         double latitude, double longitude, int maxTravelKm, Map<String, Integer> skills,
                         Map<String, Cefr> languages, List<Certificate> certificates,
                         List<AvailabilityWindow> availability) {
        this(name, email, phone, homePlace, country, region, latitude, longitude, maxTravelKm, skills, languages,
                certificates, availability, null);
    }
}
