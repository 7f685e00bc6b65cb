package nl.talentcharter.pools.domain;

import static nl.talentcharter.pools.domain.People.FORKLIFT;
import static nl.talentcharter.pools.domain.People.PICKING;
import static nl.talentcharter.pools.domain.People.SUMMER;
import static nl.talentcharter.pools.domain.People.TODAY;
import static nl.talentcharter.pools.domain.People.VENLO;
import static nl.talentcharter.pools.domain.People.need;
import static nl.talentcharter.pools.domain.People.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.talentcharter.pools.domain.matching.Assessor;
import nl.talentcharter.pools.domain.matching.Candidate;
import nl.talentcharter.pools.domain.matching.Certificate;
import nl.talentcharter.pools.domain.matching.Matcher;
import nl.talentcharter.pools.domain.matching.MatchingOutcome;
import nl.talentcharter.pools.domain.matching.NearMiss;
import nl.talentcharter.pools.domain.matching.Need;
import nl.talentcharter.pools.domain.matching.ProposedMatch;
import nl.talentcharter.pools.domain.matching.Rule;
import nl.talentcharter.pools.domain.matching.SkillNames;
import org.junit.jupiter.api.Test;

class MatcherTest {

    private final Matcher matcher = new Matcher(new Assessor(TODAY, SkillNames.uris()));

    @Test
    void fillsEveryPositionWhereGreedyWouldLeaveOneEmpty() {
        // Anna is the better fit for the picking request (she also has the desired forklift skill), but she is
        // the only one who can do the forklift request: taking her for picking first (greedy) leaves it empty.
        Candidate anna = person("anna", Map.of(PICKING, 2, FORKLIFT, 2));
        Candidate bram = person("bram", Map.of(PICKING, 2));
        Need picking = new Need("picking", "member-1", Map.of(PICKING, 1), Set.of(FORKLIFT), Map.of(), Set.of(),
                SUMMER, 32, VENLO, "Venlo", 1);
        Need forklift = need("forklift", Map.of(FORKLIFT, 2), 1);

        MatchingOutcome outcome = matcher.match(List.of(picking, forklift), List.of(anna, bram));

        assertThat(outcome.matches()).extracting(ProposedMatch::requestId, ProposedMatch::personId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("picking", "bram"),
                        org.assertj.core.groups.Tuple.tuple("forklift", "anna"));
        assertThat(outcome.objective()).isGreaterThan(Greedy.objective(List.of(picking, forklift), List.of(anna, bram)));
        assertThat(outcome.unfilledPositions()).isEmpty();
    }

    @Test
    void explainsEveryProposedMatchInPlainLanguage() {
        Candidate anna = person("anna", Map.of(FORKLIFT, 3), List.of(new Certificate("forklift", LocalDate.of(2027, 1, 1))),
                VENLO, TODAY.minusDays(30));
        Need need = new Need("r1", "member-1", Map.of(FORKLIFT, 2), Set.of(), Map.of(), Set.of("forklift"), SUMMER,
                32, VENLO, "Venlo", 1);

        ProposedMatch match = matcher.match(List.of(need), List.of(anna)).matches().get(0);

        assertThat(match.score()).isEqualTo(80);
        assertThat(match.explanation()).contains(
                "Rule held (required skills): has every required skill: " + FORKLIFT + " at level 3 (needs 2).",
                "Rule held (certificates): certificates valid for the whole period: forklift valid until 2027-01-01.",
                "Rule held (travel distance): lives 0.0 km from Venlo, within the 40 km they accept.",
                "Score 25/25 for availability fit: available 92 of the 92 days.",
                "Score 0/20 for continuity: has not worked for this member before.",
                "Total score 80 of 100; waiting 30 days (ties go to whoever waited longest).");
    }

    @Test
    void aCertificateExpiringDuringThePeriodIsANearMissWithItsRemedy() {
        Candidate anna = person("anna", Map.of(FORKLIFT, 3), List.of(new Certificate("forklift", LocalDate.of(2026, 8, 1))),
                VENLO, TODAY);
        Need need = new Need("r1", "member-1", Map.of(FORKLIFT, 2), Set.of(), Map.of(), Set.of("forklift"), SUMMER,
                32, VENLO, "Venlo", 1);

        MatchingOutcome outcome = matcher.match(List.of(need), List.of(anna));

        assertThat(outcome.matches()).isEmpty();
        assertThat(outcome.unfilledPositions()).containsEntry("r1", 1);
        assertThat(outcome.nearMisses()).singleElement().satisfies(miss -> {
            assertThat(miss.failedRule()).isEqualTo(Rule.CERTIFICATES);
            assertThat(miss.wouldBeEligibleWith())
                    .isEqualTo("the forklift certificate expires on 2026-08-01, before the end of the period on 2026-09-30: renew it");
        });
    }

    @Test
    void noConsentNoMatchingAndNoNearMiss() {
        Candidate anna = person("anna", Map.of(FORKLIFT, 3));
        Candidate withoutConsent = new Candidate(anna.personId(), anna.skills(), anna.languages(), anna.certificates(),
                anna.home(), anna.maxTravelKm(), anna.availability(), false, anna.waitingSince(), Set.of(), Map.of());

        MatchingOutcome outcome = matcher.match(List.of(need("r1", Map.of(FORKLIFT, 1), 1)), List.of(withoutConsent));

        assertThat(outcome.matches()).isEmpty();
        assertThat(outcome.nearMisses()).isEmpty();
        assertThat(outcome.withoutConsent()).isEqualTo(1);
    }

    @Test
    void tiesGoToThePersonWaitingLongest() {
        Candidate recent = person("a-recent", Map.of(PICKING, 2), List.of(), VENLO, TODAY.minusDays(3));
        Candidate longest = person("z-longest", Map.of(PICKING, 2), List.of(), VENLO, TODAY.minusDays(90));

        MatchingOutcome outcome = matcher.match(List.of(need("r1", Map.of(PICKING, 1), 1)), List.of(recent, longest));

        assertThat(outcome.matches()).extracting(ProposedMatch::personId).containsExactly("z-longest");
    }

    @Test
    void aPersonDeclinedForARequestIsNotProposedForItAgainButStaysAvailableForOthers() {
        Candidate anna = person("anna", Map.of(PICKING, 2));
        Need declinedAnna = new Need("r1", "member-1", Map.of(PICKING, 1), Set.of(), Map.of(), Set.of(), SUMMER, 32, VENLO,
                "Venlo", 1, Set.of("anna"));

        assertThat(matcher.match(List.of(declinedAnna), List.of(anna)).matches()).isEmpty();
        assertThat(matcher.match(List.of(declinedAnna, need("r2", Map.of(PICKING, 1), 1)), List.of(anna)).matches())
                .extracting(ProposedMatch::requestId).containsExactly("r2");
    }

    @Test
    void travelBeyondWhatThePersonAcceptsIsRefusedWithTheDistanceNeeded() {
        Candidate far = person("far", Map.of(PICKING, 2), List.of(), People.MAASTRICHT, TODAY);

        MatchingOutcome outcome = matcher.match(List.of(need("r1", Map.of(PICKING, 1), 1)), List.of(far));

        assertThat(outcome.nearMisses()).extracting(NearMiss::failedRule).containsExactly(Rule.TRAVEL_DISTANCE);
        assertThat(outcome.nearMisses().get(0).wouldBeEligibleWith()).matches("willingness to travel 6\\d km");
    }

    @Test
    void fairnessReportCountsPlacementsPerRecordedGroup() {
        Candidate noord = person("noord", Map.of(PICKING, 2));
        Candidate zuid = new Candidate("zuid", Map.of(), Map.of(), List.of(), VENLO, 40, noord.availability(), true,
                TODAY, Set.of(), Map.of("region", "ZUID_LIMBURG"));

        MatchingOutcome outcome = matcher.match(List.of(need("r1", Map.of(PICKING, 1), 2)), List.of(noord, zuid));

        assertThat(outcome.fairness()).extracting(r -> r.group() + ":" + r.considered() + "/" + r.eligible() + "/" + r.placed())
                .containsExactly("NOORD_LIMBURG:1/1/1", "ZUID_LIMBURG:1/0/0");
    }
}
