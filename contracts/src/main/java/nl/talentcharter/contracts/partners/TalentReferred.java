package nl.talentcharter.contracts.partners;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import nl.talentcharter.contracts.vocabulary.Country;
import nl.talentcharter.contracts.vocabulary.Region;

/**
 * A partner (UWV, a Werkcentrum) refers a job seeker into a workforce pool: what matching needs, without
 * name, e-mail, phone or BSN. The person is known by the partner's pseudonymous {@code referenceId}; whoever
 * needs to reach them goes through the partner's {@code contactDesk}.
 *
 * @param consentToShare always true: a referral without the person's consent is refused at the gateway
 * @param contactDesk    the partner's institutional contact (a desk, never a person)
 */
public record TalentReferred(String poolId, String referenceId, String occupation, boolean consentToShare,
                             String homePlace, Country country, Region region, double latitude, double longitude,
                             int maxTravelKm, List<Skill> skills,
                             @JsonInclude(JsonInclude.Include.NON_NULL) List<Language> languages,
                             @JsonInclude(JsonInclude.Include.NON_NULL) List<Certificate> certificates,
                             List<Availability> availability, String contactDesk) {

    public TalentReferred {
        requireNonNull(poolId, "poolId");
        requireNonNull(referenceId, "referenceId");
        requireNonNull(occupation, "occupation");
        requireNonNull(homePlace, "homePlace");
        requireNonNull(country, "country");
        requireNonNull(region, "region");
        requireNonNull(skills, "skills");
        requireNonNull(availability, "availability");
        requireNonNull(contactDesk, "contactDesk");
    }

    /** An ESCO skill at level 1 (basic) to 4 (expert). */
    public record Skill(String uri, int level) {
    }

    /** A language at a CEFR level. */
    public record Language(String language, CefrLevel level) {
    }

    /** A certificate such as VCA; no {@code validUntil} = valid indefinitely. */
    public record Certificate(String type, @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate validUntil) {
    }

    /** From and to both included. */
    public record Availability(LocalDate from, LocalDate to, int hoursPerWeek) {
    }
}
