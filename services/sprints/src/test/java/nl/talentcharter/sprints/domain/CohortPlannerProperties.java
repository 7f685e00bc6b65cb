package nl.talentcharter.sprints.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.sprints.domain.cohort.Candidate;
import nl.talentcharter.sprints.domain.cohort.Cohort;
import nl.talentcharter.sprints.domain.cohort.CohortPlanner;
import nl.talentcharter.sprints.domain.cohort.CohortProposal;
import nl.talentcharter.sprints.domain.cohort.Neighbourhood;
import nl.talentcharter.sprints.domain.cohort.Unplaced;
import nl.talentcharter.sprints.domain.theme.Theme;

class CohortPlannerProperties {

    static final Theme THEME = CohortPlannerTest.LABOUR_MIGRANTS;
    static final List<String> DOMAINS = List.of("onboarding", "international-recruitment", "diversity-and-inclusion",
            "leadership-and-culture", "recruitment");

    final CohortPlanner planner = new CohortPlanner();

    @Property
    void cohortsHaveFourToEightCompaniesCloseToEachOther(@ForAll("candidates") List<Candidate> candidates) {
        Map<String, Candidate> byId = byId(candidates);
        for (Cohort cohort : planner.propose(THEME, candidates).cohorts()) {
            assertThat(cohort.companies()).hasSizeBetween(CohortPlanner.MIN_SIZE, CohortPlanner.MAX_SIZE);
            for (String a : cohort.memberIds()) {
                for (String b : cohort.memberIds()) {
                    assertThat(Neighbourhood.close(byId.get(a).region(), byId.get(b).region())).isTrue();
                }
            }
            cohort.companies().forEach(p -> assertThat(p.reason()).isNotBlank());
        }
    }

    @Property
    void everyCompanyIsPlacedOnceOrReportedAsUnplaced(@ForAll("candidates") List<Candidate> candidates) {
        CohortProposal proposal = planner.propose(THEME, candidates);
        List<String> seen = new ArrayList<>();
        proposal.cohorts().forEach(c -> seen.addAll(c.memberIds()));
        proposal.unplaced().forEach(u -> seen.add(u.memberId()));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(candidates.stream().map(Candidate::memberId).toList());
    }

    /** A cohort lacks a front-runner only when none that could meet with it was left over. */
    @Property
    void everyCohortHasAFrontRunnerWhenOneIsAvailable(@ForAll("candidates") List<Candidate> candidates) {
        Map<String, Candidate> byId = byId(candidates);
        CohortProposal proposal = planner.propose(THEME, candidates);
        List<Candidate> unplacedFrontRunners = proposal.unplaced().stream().map(Unplaced::memberId).map(byId::get)
                .filter(Candidate::frontRunner).toList();
        for (Cohort cohort : proposal.cohorts()) {
            if (cohort.hasFrontRunner()) continue;
            List<Region> regions = cohort.memberIds().stream().map(id -> byId.get(id).region()).toList();
            assertThat(unplacedFrontRunners).noneMatch(f -> Neighbourhood.closeToAll(f.region(), regions));
        }
        boolean anyFrontRunner = candidates.stream().anyMatch(Candidate::frontRunner);
        if (anyFrontRunner && !proposal.cohorts().isEmpty()) {
            assertThat(proposal.cohorts().get(0).hasFrontRunner()
                    || candidates.stream().filter(Candidate::frontRunner).noneMatch(f -> Neighbourhood.close(f.region(),
                            byId.get(proposal.cohorts().get(0).memberIds().get(0)).region()))).isTrue();
        }
    }

    @Property
    void theSameCandidatesInAnyOrderGiveTheSameProposal(@ForAll("candidates") List<Candidate> candidates,
            @ForAll long seed) {
        List<Candidate> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(planner.propose(THEME, shuffled)).isEqualTo(planner.propose(THEME, candidates));
    }

    @Provide
    Arbitrary<List<Candidate>> candidates() {
        Arbitrary<Region> region = Arbitraries.of(Region.class);
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        Arbitrary<Set<String>> gaps = Arbitraries.of(DOMAINS).set().ofMaxSize(3);
        Arbitrary<Candidate> candidate = Combinators.combine(region, flag, gaps, flag)
                .as((r, frontRunner, g, stated) -> new Candidate("x", null, r, frontRunner, g, stated));
        return candidate.list().ofMaxSize(40).map(list -> {
            List<Candidate> named = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Candidate c = list.get(i);
                named.add(new Candidate(String.format("m%03d", i), null, c.region(), c.frontRunner(), c.gaps(),
                        c.statedInterest()));
            }
            return named;
        });
    }

    private static Map<String, Candidate> byId(List<Candidate> candidates) {
        return candidates.stream().collect(Collectors.toMap(Candidate::memberId, Function.identity()));
    }
}
