package nl.talentcharter.pools.domain.talent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.talentcharter.contracts.pools.PersonErased;
import nl.talentcharter.contracts.pools.TalentOffered;
import nl.talentcharter.contracts.pools.TalentWithdrawn;
import nl.talentcharter.contracts.vocabulary.Country;
import nl.talentcharter.pools.domain.InvalidInput;
import nl.talentcharter.pools.domain.Refused;
import nl.talentcharter.pools.domain.matching.Candidate;
import nl.talentcharter.pools.domain.matching.Certificate;
import nl.talentcharter.pools.domain.matching.Coordinates;

/**
 * A person made available in a pool, seen through what is not personal: the pseudonymous id, who offered
 * them, their status and consent. The personal profile travels beside it, encrypted (see {@link PersonProfile}).
 */
public final class Talent {

    /**
     * @param offeredBy     the member id or partner account that made the person available
     * @param waitingSince  when the person became available in the pool (ties go to whoever waited longest)
     */
    public record State(String personId, String poolId, String offeredBy, boolean offeredByPartner,
                        String occupation, TalentStatus status, boolean consentToShare, LocalDate waitingSince,
                        Instant offeredAt, Set<String> formerEmployers) {
    }

    private State state;
    private final List<Record> pending = new ArrayList<>();

    private Talent(State state) {
        this.state = state;
    }

    public static Talent offer(String personId, String poolId, String offeredBy, boolean byPartner, String occupation,
                               PersonProfile profile, boolean consent, LocalDate today, Instant now) {
        validate(profile, today);
        if (!consent) {
            throw new InvalidInput("consentToShare", "no consent, no matching: the person must consent to be shared "
                    + "with other employers before they are offered");
        }
        LocalDate availableFrom = profile.availability().stream().map(w -> w.period().from()).min(LocalDate::compareTo)
                .orElseThrow();
        Talent talent = new Talent(new State(personId, poolId, offeredBy, byPartner, occupation, TalentStatus.AVAILABLE,
                true, today, now, Set.of()));
        talent.pending.add(new TalentOffered(personId, poolId, offeredBy, occupation, availableFrom, now));
        return talent;
    }

    static void validate(PersonProfile p, LocalDate today) {
        InvalidInput.require(p != null, "person", "the person's details are missing");
        InvalidInput.require(p.name() != null && !p.name().isBlank(), "person.name", "a name is needed to contact the person");
        InvalidInput.require(p.homePlace() != null && !p.homePlace().isBlank(), "person.homePlace", "the home place is missing");
        InvalidInput.require(p.country() != null, "person.country", "the country of the home place is missing");
        InvalidInput.require(p.region() != null, "person.region", "the region of the home place is missing");
        InvalidInput.require(Math.abs(p.latitude()) <= 90 && Math.abs(p.longitude()) <= 180, "person.latitude",
                "coordinates out of range");
        InvalidInput.require(p.maxTravelKm() >= 0 && p.maxTravelKm() <= 300, "person.maxTravelKm", "0 to 300 km");
        InvalidInput.require(p.skills() != null && !p.skills().isEmpty(), "person.skills", "a person is offered with at least one skill");
        p.skills().forEach((uri, level) -> InvalidInput.require(level != null && level >= 1 && level <= 4,
                "person.skills", "skill levels are 1 (basic) to 4 (expert), not " + level + " for " + uri));
        InvalidInput.require(p.languages() != null && p.languages().values().stream().allMatch(java.util.Objects::nonNull),
                "person.languages", "every language needs a CEFR level");
        InvalidInput.require(p.certificates() != null, "person.certificates", "certificates missing (send [] for none)");
        for (Certificate c : p.certificates()) {
            InvalidInput.require(c != null && c.name() != null && !c.name().isBlank(), "person.certificates", "a certificate needs a name");
            InvalidInput.require(c.validThrough(today), "person.certificates", "the " + c.name()
                    + " certificate expired on " + c.expiresOn() + ": an expired certificate cannot be presented as valid");
        }
        InvalidInput.require(p.availability() != null && !p.availability().isEmpty(), "person.availability",
                "at least one availability window");
    }

    public static Talent restore(State state) {
        return new Talent(state);
    }

    public void changeConsent(boolean granted) {
        requireNotErased();
        state = new State(state.personId(), state.poolId(), state.offeredBy(), state.offeredByPartner(), state.occupation(),
                state.status(), granted, state.waitingSince(), state.offeredAt(), state.formerEmployers());
    }

    public void withdraw(String reason, Instant now) {
        requireNotErased();
        InvalidInput.require(reason != null && !reason.isBlank() && reason.length() <= 500, "reason", "say why (at most 500 characters)");
        if (state.status() == TalentStatus.WITHDRAWN) {
            return;
        }
        state = withStatus(TalentStatus.WITHDRAWN);
        pending.add(new TalentWithdrawn(state.personId(), state.poolId(), reason.strip(), now));
    }

    /** The key is destroyed elsewhere (crypto-shredding); here the person becomes an empty pseudonym. */
    public void erase(Instant now) {
        if (state.status() == TalentStatus.ERASED) {
            return;
        }
        state = new State(state.personId(), state.poolId(), state.offeredBy(), state.offeredByPartner(), state.occupation(),
                TalentStatus.ERASED, false, state.waitingSince(), state.offeredAt(), Set.of());
        pending.add(new PersonErased(state.personId(), state.poolId(), now));
    }

    public boolean matchable() {
        return state.status() == TalentStatus.AVAILABLE && state.consentToShare();
    }

    /** @param formerEmployers members the person was placed with through the pool (continuity) */
    public Candidate asCandidate(PersonProfile p, Set<String> formerEmployers) {
        return new Candidate(state.personId(), p.skills(), p.languages(), p.certificates(),
                new Coordinates(p.latitude(), p.longitude()), p.maxTravelKm(), p.availability(),
                state.consentToShare() && state.status() == TalentStatus.AVAILABLE, state.waitingSince(),
                formerEmployers, Map.of("region", p.region().name(),
                        "crossBorder", Boolean.toString(p.country() != Country.NL),
                        "offeredBy", state.offeredByPartner() ? "partner" : "member"));
    }

    private void requireNotErased() {
        if (state.status() == TalentStatus.ERASED) {
            throw new Refused("person-erased", "person " + state.personId() + " was erased");
        }
    }

    private State withStatus(TalentStatus status) {
        return new State(state.personId(), state.poolId(), state.offeredBy(), state.offeredByPartner(), state.occupation(),
                status, state.consentToShare(), state.waitingSince(), state.offeredAt(), state.formerEmployers());
    }

    public State state() {
        return state;
    }

    public String id() {
        return state.personId();
    }

    public List<Record> pendingEvents() {
        return List.copyOf(pending);
    }
}
