package nl.talentcharter.sprints.domain;

import static nl.talentcharter.contracts.vocabulary.Region.CROSS_BORDER;
import static nl.talentcharter.contracts.vocabulary.Region.MIDDEN_LIMBURG;
import static nl.talentcharter.contracts.vocabulary.Region.NOORD_LIMBURG;
import static nl.talentcharter.contracts.vocabulary.Region.ZUID_LIMBURG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import nl.talentcharter.sprints.domain.cohort.Candidate;
import nl.talentcharter.sprints.domain.cohort.CohortPlanner;
import nl.talentcharter.sprints.domain.cohort.CohortProposal;
import nl.talentcharter.sprints.domain.cohort.Placement;
import nl.talentcharter.sprints.domain.cohort.Unplaced;
import nl.talentcharter.sprints.domain.theme.DefaultThemes;
import nl.talentcharter.sprints.domain.theme.Theme;
import org.junit.jupiter.api.Test;

/**
 * A small dataset worked out by hand (the steps are in the comments), for the theme "Onboarding labour
 * migrants", which answers gaps in international recruitment, onboarding and diversity and inclusion.
 */
class CohortPlannerTest {

    static final Theme LABOUR_MIGRANTS = DefaultThemes.all().stream().filter(t -> t.id().equals("labour-migrants"))
            .findFirst().orElseThrow();

    static final List<Candidate> DATASET = List.of(
            new Candidate("a1", "Kunststof Roermond", MIDDEN_LIMBURG, false, Set.of("onboarding", "international-recruitment"), false),
            new Candidate("a2", "Zorggroep Weert", MIDDEN_LIMBURG, false, Set.of("onboarding"), true),
            new Candidate("a3", "Logistiek Echt", MIDDEN_LIMBURG, true, Set.of(), true),
            new Candidate("a4", "Kwekerij Horst", NOORD_LIMBURG, false, Set.of("onboarding", "leadership-and-culture"), false),
            new Candidate("a5", "Metaal Heerlen", ZUID_LIMBURG, false, Set.of("diversity-and-inclusion"), true),
            new Candidate("a6", "Bouw Venray", NOORD_LIMBURG, false, Set.of(), true),
            new Candidate("a7", "Chemie Genk", CROSS_BORDER, false, Set.of("onboarding"), false));

    @Test
    void proposesTheHandCheckedCohortWithAReasonPerCompany() {
        CohortProposal proposal = new CohortPlanner().propose(LABOUR_MIGRANTS, DATASET);

        // seed a1: the searching company with most theme gaps (2). In reach of Midden: a1..a6 (n = 6, target 6).
        // front-runner a3 first; then by similarity: a2 (onboarding with a1 = 2, same region as a1 and a3 = 2),
        // a4 (onboarding with a1 and a2 = 4), a6 (same region as a4 = 1); a5 (Zuid) is not next to a4 (Noord).
        assertThat(proposal.cohorts()).hasSize(1);
        assertThat(proposal.cohorts().get(0).memberIds()).containsExactly("a1", "a3", "a2", "a4", "a6");
        assertThat(proposal.cohorts().get(0).companies()).extracting(Placement::reason).containsExactly(
                "Its latest HR scan shows gaps in international recruitment and onboarding, which this theme answers."
                        + " The cohort was built around it: of the companies still searching, it has the most gaps on this theme."
                        + " Based in Midden-Limburg, like the company the cohort was built around.",
                "Said it wants to work on onboarding labour migrants."
                        + " As a front-runner it brings experience the others are still looking for."
                        + " Based in Midden-Limburg, like the company the cohort was built around.",
                "Said it wants to work on onboarding labour migrants, and its latest HR scan shows gaps in onboarding,"
                        + " which this theme answers. It shares the gap in onboarding with 2 other companies in this cohort."
                        + " Based in Midden-Limburg, like the company the cohort was built around.",
                "Its latest HR scan shows gaps in onboarding, which this theme answers."
                        + " It shares the gap in onboarding with 2 other companies in this cohort."
                        + " Based in Noord-Limburg, next to Midden-Limburg.",
                "Said it wants to work on onboarding labour migrants."
                        + " It is still searching on this theme, like most of the cohort."
                        + " Based in Noord-Limburg, next to Midden-Limburg.");
        // left: a5 (seed: 1 gap, stated) reaches only a7; then a7 alone
        assertThat(proposal.unplaced()).containsExactly(
                new Unplaced("a5", "Only 2 interested companies are in or next to Zuid-Limburg and not yet in a cohort;"
                        + " a cohort needs at least 4."),
                new Unplaced("a7", "Only 1 interested company is in or next to the cross-border region and not yet in a"
                        + " cohort; a cohort needs at least 4."));
    }

    @Test
    void splitsNineCompaniesIntoFiveAndFourRatherThanEightAndOne() {
        List<Candidate> nine = new java.util.ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            nine.add(new Candidate("m" + i, null, ZUID_LIMBURG, i <= 2, Set.of("onboarding"), true));
        }
        CohortProposal proposal = new CohortPlanner().propose(LABOUR_MIGRANTS, nine);

        // seeds are searching companies: m3 (first by id), then m4 for the rest; each takes one front-runner
        assertThat(proposal.cohorts()).extracting(c -> c.memberIds())
                .containsExactly(List.of("m3", "m1", "m4", "m5", "m6"), List.of("m7", "m2", "m8", "m9"));
        assertThat(proposal.unplaced()).isEmpty();
    }

    @Test
    void refusesACompanyTwice() {
        Candidate twice = DATASET.get(0);
        assertThatThrownBy(() -> new CohortPlanner().propose(LABOUR_MIGRANTS, List.of(twice, twice)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
