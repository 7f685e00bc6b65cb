package nl.talentcharter.pools.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.talentcharter.contracts.pools.MatchDeclined;
import nl.talentcharter.contracts.pools.PersonErased;
import nl.talentcharter.contracts.pools.PlacementConfirmed;
import nl.talentcharter.contracts.pools.TalentOffered;
import nl.talentcharter.contracts.vocabulary.Country;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.pools.domain.matching.AvailabilityWindow;
import nl.talentcharter.pools.domain.matching.Cefr;
import nl.talentcharter.pools.domain.matching.Certificate;
import nl.talentcharter.pools.domain.matching.InputFingerprint;
import nl.talentcharter.pools.domain.matching.Period;
import nl.talentcharter.pools.domain.matching.ProposedMatch;
import nl.talentcharter.pools.domain.pool.Pool;
import nl.talentcharter.pools.domain.request.DeclinedBy;
import nl.talentcharter.pools.domain.request.LanguageLevel;
import nl.talentcharter.pools.domain.request.PlacementStatus;
import nl.talentcharter.pools.domain.request.SkillLevel;
import nl.talentcharter.pools.domain.request.TalentRequest;
import nl.talentcharter.pools.domain.talent.PersonProfile;
import nl.talentcharter.pools.domain.talent.Talent;
import nl.talentcharter.pools.domain.talent.TalentStatus;
import org.junit.jupiter.api.Test;

/** The aggregates' rules without Spring: what they refuse, what they record. */
class PoolRulesTest {

    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void aPoolNeedsSectorsAndRegionsAndALeavingMemberMustBeOne() {
        assertThatThrownBy(() -> Pool.form("p", "Zorgpool", List.of(), List.of(Region.ZUID_LIMBURG), NOW))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("sectors");
        Pool pool = Pool.form("p", "Zorgpool", List.of(Sector.CARE), List.of(Region.ZUID_LIMBURG), NOW);
        pool.join("m1", NOW);
        pool.join("m1", NOW);
        assertThat(pool.pendingEvents()).hasSize(2); // formed + joined once
        assertThatThrownBy(() -> pool.leave("m2", NOW)).isInstanceOf(Refused.class);
    }

    @Test
    void offeringRequiresConsentAndRefusesAnExpiredCertificate() {
        assertThatThrownBy(() -> offer(profile(List.of()), false)).isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("no consent, no matching");
        assertThatThrownBy(() -> offer(profile(List.of(new Certificate("VCA", TODAY.minusDays(1)))), true))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("expired on 2026-05-31");
        Talent talent = offer(profile(List.of(new Certificate("VCA", TODAY))), true);
        assertThat(talent.pendingEvents()).singleElement().isInstanceOfSatisfying(TalentOffered.class,
                e -> assertThat(e.availableFrom()).isEqualTo(LocalDate.of(2026, 7, 1)));
    }

    @Test
    void anErasedPersonIsNoLongerMatchableAndRefusesChanges() {
        Talent talent = Talent.restore(offer(profile(List.of()), true).state());
        talent.erase(NOW);
        assertThat(talent.state().status()).isEqualTo(TalentStatus.ERASED);
        assertThat(talent.matchable()).isFalse();
        assertThat(talent.pendingEvents()).singleElement().isInstanceOf(PersonErased.class);
        assertThatThrownBy(() -> talent.changeConsent(true)).isInstanceOf(Refused.class);
    }

    @Test
    void aRequestNeedsSkillsAndAPeriodThatEndsAfterItStarts() {
        assertThatThrownBy(() -> TalentRequest.request(request(List.of(), TODAY, TODAY.plusDays(5))))
                .extracting("field").isEqualTo("requiredSkills");
        assertThatThrownBy(() -> TalentRequest.request(request(List.of(new SkillLevel("s", 2)), TODAY, TODAY.minusDays(1))))
                .extracting("field").isEqualTo("periodEnd");
        assertThatThrownBy(() -> TalentRequest.request(request(List.of(new SkillLevel("s", 5)), TODAY, TODAY)))
                .extracting("field").isEqualTo("requiredSkills");
    }

    @Test
    void aPlacementIsConfirmedOnlyWhenBothSidesAcceptedAndEndsOnlyWhenConfirmed() {
        TalentRequest request = TalentRequest.restore(TalentRequest.request(
                request(List.of(new SkillLevel("s", 1)), TODAY, TODAY.plusDays(30))).state());
        request.propose(new ProposedMatch("r", "m", "person", 70, List.of("why")), "match", "run", "pool", NOW);
        assertThatThrownBy(() -> request.end("match", "done", "pool", NOW)).isInstanceOf(Refused.class);

        request.accept("match", true, false, "pool", NOW);
        assertThat(request.proposal("match").status()).isEqualTo(PlacementStatus.PROPOSED);
        request.accept("match", false, true, "pool", NOW);

        assertThat(request.proposal("match").status()).isEqualTo(PlacementStatus.CONFIRMED);
        assertThat(request.pendingEvents()).filteredOn(PlacementConfirmed.class::isInstance).hasSize(1);
        assertThat(request.peoplePlaced()).containsExactly("person");
        request.end("match", "season over", "pool", NOW);
        assertThat(request.peopleTaken()).isEmpty();
    }

    @Test
    void aDeclinedOrOverruledProposalReopensItsPositionAndKeepsThePersonOutOfThatRequest() {
        TalentRequest request = TalentRequest.restore(TalentRequest.request(
                request(List.of(new SkillLevel("s", 1)), TODAY, TODAY.plusDays(30))).state());
        request.propose(new ProposedMatch("r", "m", "anna", 70, List.of("why")), "m1", "run", "pool", NOW);
        assertThat(request.openPositions()).isZero();
        assertThatThrownBy(() -> request.decline("m1", DeclinedBy.OFFERING_PARTY, " ", "pool", NOW))
                .extracting("field").isEqualTo("reason");

        request.decline("m1", DeclinedBy.OFFERING_PARTY, "started elsewhere", "pool", NOW);

        assertThat(request.proposal("m1").status()).isEqualTo(PlacementStatus.DECLINED);
        assertThat(request.openPositions()).isEqualTo(1);
        assertThat(request.peopleTaken()).isEmpty();
        assertThat(request.asNeed().declined()).containsExactly("anna");
        assertThat(request.pendingEvents()).filteredOn(MatchDeclined.class::isInstance).singleElement()
                .extracting("declinedBy").isEqualTo("OFFERING_PARTY");
        assertThatThrownBy(() -> request.decline("m1", DeclinedBy.REQUESTING_MEMBER, "again", "pool", NOW))
                .isInstanceOf(Refused.class);

        request.propose(new ProposedMatch("r", "m", "bram", 60, List.of("why")), "m2", "run2", "pool", NOW);
        request.accept("m2", true, true, "pool", NOW);
        assertThatThrownBy(() -> request.decline("m2", DeclinedBy.OPERATOR, "too late", "pool", NOW))
                .isInstanceOf(Refused.class).hasMessageContaining("end the placement instead");
    }

    @Test
    void aClosedRequestOffersNoPositionAndDeclinesItsOpenProposalsOnce() {
        TalentRequest request = TalentRequest.restore(TalentRequest.request(
                request(List.of(new SkillLevel("s", 1)), TODAY, TODAY.plusDays(30))).state());
        request.propose(new ProposedMatch("r", "m", "anna", 70, List.of("why")), "m1", "run", "pool", NOW);

        request.close("membership suspended", "pool", NOW);
        request.close("membership suspended", "pool", NOW);

        assertThat(request.closed()).isTrue();
        assertThat(request.openPositions()).isZero();
        assertThat(request.proposal("m1").status()).isEqualTo(PlacementStatus.DECLINED);
        assertThat(request.pendingEvents()).filteredOn(MatchDeclined.class::isInstance).hasSize(1);
    }

    @Test
    void theInputFingerprintIgnoresOrderAndSeesEveryChange() {
        var a = People.person("a", Map.of(People.PICKING, 2));
        var b = People.person("b", Map.of(People.FORKLIFT, 2));
        var need = People.need("r", Map.of(People.PICKING, 1), 1);

        String fingerprint = InputFingerprint.of(List.of(need), List.of(a, b), TODAY);

        assertThat(InputFingerprint.of(List.of(need), List.of(b, a), TODAY)).isEqualTo(fingerprint);
        assertThat(InputFingerprint.of(List.of(need), List.of(a, People.person("b", Map.of(People.FORKLIFT, 3))), TODAY))
                .isNotEqualTo(fingerprint);
        assertThat(InputFingerprint.of(List.of(need), List.of(a, b), TODAY.plusDays(1))).isNotEqualTo(fingerprint);
    }

    private static Talent offer(PersonProfile profile, boolean consent) {
        return Talent.offer("person", "pool", "m1", false, "occupation", profile, consent, TODAY, NOW);
    }

    private static PersonProfile profile(List<Certificate> certificates) {
        return new PersonProfile("Anna", "anna@example.org", "+31 6", "Venlo", Country.NL, Region.NOORD_LIMBURG, 51.37,
                6.17, 30, Map.of("s", 2), Map.of("nl", Cefr.B2), certificates,
                List.of(new AvailabilityWindow(new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)), 32)));
    }

    private static TalentRequest.State request(List<SkillLevel> skills, LocalDate start, LocalDate end) {
        return new TalentRequest.State("r", "pool", "m", "occupation", skills, Set.of(),
                List.of(new LanguageLevel("nl", Cefr.B1)), Set.of(), start, end, 32, "Venlo", 51.37, 6.17, 1, NOW, List.of());
    }
}
