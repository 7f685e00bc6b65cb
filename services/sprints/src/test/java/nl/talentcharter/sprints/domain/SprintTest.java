package nl.talentcharter.sprints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.talentcharter.contracts.sprints.CompanyJoinedSprint;
import nl.talentcharter.contracts.sprints.CompanyLeftSprint;
import nl.talentcharter.contracts.sprints.SprintCancelled;
import nl.talentcharter.contracts.sprints.SprintCompleted;
import nl.talentcharter.contracts.sprints.SprintProposed;
import nl.talentcharter.contracts.sprints.SprintSessionHeld;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.sprints.domain.sprint.InvalidSprintInput;
import nl.talentcharter.sprints.domain.sprint.Outcome;
import nl.talentcharter.sprints.domain.sprint.Sprint;
import nl.talentcharter.sprints.domain.sprint.SprintRefused;
import nl.talentcharter.sprints.domain.sprint.SprintStatus;
import nl.talentcharter.sprints.domain.theme.Theme;
import org.junit.jupiter.api.Test;

/** The sprint's rules on their own: every refusal leaves state and events as they were. */
class SprintTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-02");
    private static final Theme THEME = new Theme("vitality", "Vitaliteit", "", List.of(ActionLine.RETAIN),
            List.of("vitality-and-employability"));
    private static final Outcome OUTCOME = new Outcome("job rotation", List.of("schedule"), List.of("meet again"));

    @Test
    void aProposedSprintIncludesTheLeadOnceAndAnnouncesIt() {
        Sprint sprint = propose(List.of("b", "lead", "c"));

        assertThat(sprint.status()).isEqualTo(SprintStatus.PROPOSED);
        assertThat(sprint.currentMemberIds()).containsExactly("lead", "b", "c");
        assertThat(sprint.state().plannedSessions()).isEqualTo(Sprint.DEFAULT_PLANNED_SESSIONS);
        assertThat(sprint.pendingEvents()).singleElement().isInstanceOfSatisfying(SprintProposed.class, proposed -> {
            assertThat(proposed.memberIds()).containsExactly("lead", "b", "c");
            assertThat(proposed.cohortProposalId()).isEqualTo("proposal-1");
        });
    }

    @Test
    void proposingWithoutAChallengeOrWithTooManySessionsIsRefused() {
        assertThatThrownBy(() -> Sprint.propose("s", THEME, " ", "lead", "op", List.of(), null, null, NOW))
                .isInstanceOfSatisfying(InvalidSprintInput.class, e -> assertThat(e.field()).isEqualTo("challenge"));
        assertThatThrownBy(() -> Sprint.propose("s", THEME, "why", "lead", "op", List.of(), 21, null, NOW))
                .isInstanceOfSatisfying(InvalidSprintInput.class, e -> assertThat(e.field()).isEqualTo("plannedSessions"));
    }

    @Test
    void joiningTwiceIsRefusedAndChangesNothing() {
        Sprint sprint = started(List.of("b"));
        Sprint.State before = sprint.state();

        assertThatThrownBy(() -> sprint.join("b", TODAY)).isInstanceOfSatisfying(SprintRefused.class,
                e -> assertThat(e.code()).isEqualTo("already-participant"));
        assertThat(sprint.state()).isEqualTo(before);
        assertThat(sprint.pendingEvents()).isEmpty();
    }

    @Test
    void aCompanyThatLeftCanJoinAgain() {
        Sprint sprint = started(List.of("b"));
        sprint.leave("b", "too busy", TODAY);
        sprint.join("b", TODAY.plusDays(7));

        assertThat(sprint.currentMemberIds()).containsExactly("lead", "b");
        assertThat(sprint.pendingEvents()).hasExactlyElementsOfTypes(CompanyLeftSprint.class, CompanyJoinedSprint.class);
        assertThat(((CompanyLeftSprint) sprint.pendingEvents().get(0)).reason()).isEqualTo("too busy");
    }

    @Test
    void theLeadCannotLeaveAndANonParticipantCannotEither() {
        Sprint sprint = started(List.of("b"));

        assertThatThrownBy(() -> sprint.leave("lead", "bored", TODAY)).isInstanceOfSatisfying(SprintRefused.class,
                e -> assertThat(e.code()).isEqualTo("lead-cannot-leave"));
        assertThatThrownBy(() -> sprint.leave("x", "bored", TODAY)).isInstanceOfSatisfying(SprintRefused.class,
                e -> assertThat(e.code()).isEqualTo("not-a-participant"));
        assertThatThrownBy(() -> sprint.leave("b", " ", TODAY)).isInstanceOf(InvalidSprintInput.class);
        assertThat(sprint.pendingEvents()).isEmpty();
    }

    @Test
    void sessionsNeedAStartedSprintAndAttendanceOfParticipantsOnly() {
        Sprint proposed = drain(propose(List.of("b")));
        assertThatThrownBy(() -> proposed.holdSession("1", TODAY, "agenda", List.of("b"), null))
                .isInstanceOfSatisfying(SprintRefused.class, e -> assertThat(e.code()).isEqualTo("session-not-possible"));

        Sprint sprint = started(List.of("b", "c"));
        assertThatThrownBy(() -> sprint.holdSession("1", TODAY, "agenda", List.of("b", "stranger"), null))
                .isInstanceOfSatisfying(SprintRefused.class, e -> assertThat(e.conflict()).isFalse());
        sprint.holdSession("1", TODAY, "agenda", List.of("b", "b", "lead"), null);

        assertThat(sprint.pendingEvents()).singleElement().isInstanceOfSatisfying(SprintSessionHeld.class, held -> {
            assertThat(held.companiesPresent()).isEqualTo(2);
            assertThat(held.companiesExpected()).isEqualTo(3);
        });
    }

    @Test
    void completionNeedsTheMinimumNumberOfSessions() {
        Sprint running = started(List.of("b"));
        running.holdSession("1", TODAY, "one", List.of("b"), null);
        running.holdSession("2", TODAY, "two", List.of("b"), null);
        Sprint sprint = drain(running);

        assertThatThrownBy(() -> sprint.complete(OUTCOME, 3, TODAY)).isInstanceOfSatisfying(SprintRefused.class,
                e -> assertThat(e.code()).isEqualTo("too-few-sessions"));
        assertThat(sprint.status()).isEqualTo(SprintStatus.STARTED);
        sprint.complete(OUTCOME, 2, TODAY);

        assertThat(sprint.status()).isEqualTo(SprintStatus.COMPLETED);
        assertThat(sprint.pendingEvents()).singleElement().isInstanceOf(SprintCompleted.class);
    }

    @Test
    void aCancelledOrCompletedSprintStaysSo() {
        Sprint cancelling = started(List.of("b"));
        cancelling.cancel("no facilitator", NOW);
        assertThat(cancelling.pendingEvents()).singleElement().isInstanceOf(SprintCancelled.class);
        Sprint sprint = drain(cancelling);

        assertThatThrownBy(() -> sprint.cancel("again", NOW)).isInstanceOfSatisfying(SprintRefused.class,
                e -> assertThat(e.code()).isEqualTo("cancel-not-possible"));
        assertThatThrownBy(() -> sprint.join("c", TODAY)).isInstanceOfSatisfying(SprintRefused.class,
                e -> assertThat(e.code()).isEqualTo("join-not-possible"));
        assertThatThrownBy(() -> sprint.start(TODAY)).isInstanceOf(SprintRefused.class);
        assertThat(sprint.pendingEvents()).isEmpty();
    }

    @Test
    void anEndedMembershipTakesTheCompanyOutOrCancelsTheSprintItLeads() {
        Sprint sprint = started(List.of("b", "c"));
        sprint.membershipEnded("b", TODAY, NOW);
        assertThat(sprint.currentMemberIds()).containsExactly("lead", "c");
        assertThat(sprint.pendingEvents()).singleElement().isInstanceOfSatisfying(CompanyLeftSprint.class,
                left -> assertThat(left.reason()).isEqualTo(Sprint.MEMBERSHIP_ENDED));

        sprint.membershipEnded("b", TODAY, NOW); // no longer in it: nothing
        assertThat(sprint.pendingEvents()).hasSize(1);

        sprint.membershipEnded("lead", TODAY, NOW);
        assertThat(sprint.status()).isEqualTo(SprintStatus.CANCELLED);
        assertThat(sprint.state().cancelReason()).isEqualTo(Sprint.LEAD_MEMBERSHIP_ENDED);

        Sprint over = started(List.of("b"));
        over.cancel("stopped", NOW);
        Sprint.State cancelled = over.state();
        over.membershipEnded("b", TODAY, NOW);
        assertThat(over.state()).isEqualTo(cancelled);
    }

    private static Sprint propose(List<String> members) {
        return Sprint.propose("s-1", THEME, "Keep older workers", "lead", "op", members, null, "proposal-1", NOW);
    }

    /** A started sprint with no events pending, as if loaded from the store. */
    private static Sprint started(List<String> members) {
        Sprint sprint = propose(members);
        sprint.start(TODAY);
        return drain(sprint);
    }

    private static Sprint drain(Sprint sprint) {
        return Sprint.restore(sprint.state());
    }
}
