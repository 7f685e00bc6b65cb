package nl.talentcharter.sprints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import nl.talentcharter.sprints.domain.cohort.Cohort;
import nl.talentcharter.sprints.domain.cohort.CohortProposal;
import nl.talentcharter.sprints.domain.cohort.Placement;
import nl.talentcharter.sprints.domain.proposal.CohortDecision;
import nl.talentcharter.sprints.domain.proposal.CohortRefused;
import nl.talentcharter.sprints.domain.proposal.ProposedCohorts;
import nl.talentcharter.sprints.domain.proposal.UnknownProposal;
import nl.talentcharter.sprints.domain.sprint.InvalidSprintInput;
import org.junit.jupiter.api.Test;

/** Operators' decisions on a stored proposal; every refusal leaves the proposal as it was. */
class ProposedCohortsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void cohortsAreNumberedInThePlannersOrderAndOpen() {
        ProposedCohorts proposal = proposal(5, 4);

        assertThat(proposal.state().cohorts()).extracting(c -> c.number()).containsExactly(1, 2);
        assertThat(proposal.state().cohorts()).allMatch(c -> c.decision() == CohortDecision.OPEN);
        assertThat(proposal.cohort(2).memberIds()).containsExactly("c2-m0", "c2-m1", "c2-m2", "c2-m3");
        assertThatThrownBy(() -> proposal.cohort(3)).isInstanceOf(UnknownProposal.class);
    }

    @Test
    void adjustingKeepsFourToEightCompanies() {
        ProposedCohorts proposal = proposal(5, 4);
        ProposedCohorts.State before = proposal.state();

        assertThatThrownBy(() -> proposal.adjust(1, List.of(), List.of("c1-m0", "c1-m1")))
                .isInstanceOfSatisfying(CohortRefused.class, e -> {
                    assertThat(e.code()).isEqualTo("cohort-size");
                    assertThat(e.getMessage()).contains("would have 3 companies").contains("4 to 8");
                });
        assertThatThrownBy(() -> proposal.adjust(1, added(4), List.of()))
                .isInstanceOfSatisfying(CohortRefused.class, e -> assertThat(e.getMessage()).contains("would have 9"));
        assertThatThrownBy(() -> proposal.adjust(1, List.of(), List.of("stranger")))
                .isInstanceOfSatisfying(CohortRefused.class, e -> assertThat(e.code()).isEqualTo("not-in-cohort"));
        assertThatThrownBy(() -> proposal.adjust(1, List.of(placement("c2-m0")), List.of()))
                .isInstanceOfSatisfying(CohortRefused.class, e -> assertThat(e.code()).isEqualTo("in-another-cohort"));
        assertThatThrownBy(() -> proposal.adjust(1, List.of(placement("c1-m3")), List.of()))
                .isInstanceOfSatisfying(CohortRefused.class, e -> assertThat(e.code()).isEqualTo("already-in-cohort"));
        assertThatThrownBy(() -> proposal.adjust(1, List.of(), List.of())).isInstanceOf(InvalidSprintInput.class);
        assertThat(proposal.state()).isEqualTo(before);

        proposal.adjust(1, List.of(placement("new")), List.of("c1-m4", "c1-m3"));
        assertThat(proposal.cohort(1).memberIds()).containsExactly("c1-m0", "c1-m1", "c1-m2", "new");
    }

    @Test
    void acceptingTwiceIsHarmlessAndDecidesTheCohort() {
        ProposedCohorts proposal = proposal(4);
        assertThat(proposal.acceptable(1)).isTrue();
        proposal.accepted(1);
        ProposedCohorts.State accepted = proposal.state();
        proposal.accepted(1);

        assertThat(proposal.state()).isEqualTo(accepted);
        assertThat(proposal.acceptable(1)).isFalse();
        assertThat(proposal.cohort(1).sprintId()).isEqualTo(ProposedCohorts.sprintIdFor("p-1", 1));
        assertThatThrownBy(() -> proposal.reject(1, "late")).isInstanceOfSatisfying(CohortRefused.class,
                e -> assertThat(e.code()).isEqualTo("cohort-decided"));
        assertThatThrownBy(() -> proposal.adjust(1, List.of(placement("x")), List.of()))
                .isInstanceOfSatisfying(CohortRefused.class, e -> assertThat(e.conflict()).isTrue());
    }

    @Test
    void aRejectedCohortCannotBecomeASprint() {
        ProposedCohorts proposal = proposal(4);
        assertThatThrownBy(() -> proposal.reject(1, " ")).isInstanceOf(InvalidSprintInput.class);
        proposal.reject(1, "they met last year");

        assertThat(proposal.cohort(1).decision()).isEqualTo(CohortDecision.REJECTED);
        assertThat(proposal.cohort(1).rejectReason()).isEqualTo("they met last year");
        assertThatThrownBy(() -> proposal.acceptable(1)).isInstanceOfSatisfying(CohortRefused.class,
                e -> assertThat(e.code()).isEqualTo("cohort-rejected"));
        assertThatThrownBy(() -> proposal.accepted(1)).isInstanceOf(CohortRefused.class);
    }

    @Test
    void theSprintIdDependsOnProposalAndCohortOnly() {
        assertThat(ProposedCohorts.sprintIdFor("p-1", 1)).isEqualTo(ProposedCohorts.sprintIdFor("p-1", 1))
                .isNotEqualTo(ProposedCohorts.sprintIdFor("p-1", 2)).isNotEqualTo(ProposedCohorts.sprintIdFor("p-2", 1));
    }

    private static ProposedCohorts proposal(int... sizes) {
        List<Cohort> cohorts = IntStream.range(0, sizes.length).mapToObj(c -> new Cohort(IntStream.range(0, sizes[c])
                .mapToObj(m -> placement("c" + (c + 1) + "-m" + m)).toList())).toList();
        return ProposedCohorts.of("p-1", "vitality", new CohortProposal(cohorts, List.of()), "op", NOW);
    }

    private static List<Placement> added(int count) {
        return IntStream.range(0, count).mapToObj(i -> placement("added-" + i)).toList();
    }

    private static Placement placement(String memberId) {
        return new Placement(memberId, false, "because");
    }
}
