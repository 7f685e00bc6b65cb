package nl.talentcharter.events.domain;

import static nl.talentcharter.events.domain.Gatherings.NOW;
import static nl.talentcharter.events.domain.Gatherings.contact;
import static nl.talentcharter.events.domain.Gatherings.event;
import static nl.talentcharter.events.domain.Gatherings.guest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.talentcharter.contracts.events.AttendanceOutcome;
import nl.talentcharter.contracts.events.EventKind;
import nl.talentcharter.contracts.events.HeardKind;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.events.domain.RuleViolation.Rule;
import org.junit.jupiter.api.Test;

/** The gathering's rules, without Spring, store or broker. */
class GatheringTest {

    static final Instant LATER = NOW.plusSeconds(60);

    @Test
    void seatsUntilFullThenTheWaitlistInArrivalOrder() {
        Gathering gathering = event(2);
        Registration first = gathering.register(contact("m-1", "c-1"), NOW);
        gathering.register(contact("m-1", "c-2"), NOW);
        Registration third = gathering.register(contact("m-1", "c-3"), NOW);
        Registration fourth = gathering.register(contact("m-2", "c-4"), NOW);

        assertThat(third.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(gathering.confirmedCount()).isEqualTo(2);

        gathering.cancelRegistration(first.id(), LATER);
        assertThat(gathering.registration(third.id()).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(gathering.registration(fourth.id()).status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(gathering.pendingEvents()).last().isInstanceOf(GatheringEvent.WaitlistPromoted.class);
    }

    @Test
    void cancellingAWaitlistedRegistrationPromotesNoOne() {
        Gathering gathering = event(1);
        gathering.register(contact("m-1", "c-1"), NOW);
        Registration waiting = gathering.register(contact("m-1", "c-2"), NOW);
        Registration next = gathering.register(contact("m-1", "c-3"), NOW);

        gathering.cancelRegistration(waiting.id(), LATER);

        assertThat(gathering.registration(next.id()).status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(gathering.confirmedCount()).isEqualTo(1);
    }

    @Test
    void withMemberPriorityAMemberOvertakesAnEarlierGuest() {
        Gathering gathering = Gathering.schedule(GatheringId.random(), Gatherings.details(
                EventKind.LABOUR_MARKET_EVENT, Gatherings.on("2026-04-01T14:00"), 1, true, true), NOW);
        Registration seated = gathering.register(contact("m-1", "c-1"), NOW);
        Registration guest = gathering.register(guest("g@example.org", null, null, null), NOW);
        Registration member = gathering.register(contact("m-2", "c-2"), NOW);

        gathering.cancelRegistration(seated.id(), LATER);

        assertThat(gathering.registration(member.id()).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(gathering.registration(guest.id()).status()).isEqualTo(RegistrationStatus.WAITLISTED);
    }

    @Test
    void registeringTwiceIsRefusedButAfterCancellingOneMayRegisterAgain() {
        Gathering gathering = event(10);
        Registration first = gathering.register(contact("m-1", "c-1"), NOW);
        assertThatThrownBy(() -> gathering.register(contact("m-1", "c-1"), NOW)).isInstanceOf(AlreadyRegistered.class);
        gathering.register(guest("G@Example.org", null, null, null), NOW);
        assertThatThrownBy(() -> gathering.register(guest("g@example.org", null, null, null), NOW))
                .as("e-mail addresses compare case-insensitively").isInstanceOf(AlreadyRegistered.class);

        gathering.cancelRegistration(first.id(), LATER);
        assertThat(gathering.register(contact("m-1", "c-1"), LATER).status()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void cancellingTheEventCancelsEveryActiveRegistrationWithAnEventEach() {
        Gathering gathering = event(1);
        Registration seated = gathering.register(contact("m-1", "c-1"), NOW);
        Registration waiting = gathering.register(contact("m-1", "c-2"), NOW);
        Registration withdrawn = gathering.register(contact("m-1", "c-3"), NOW);
        gathering.cancelRegistration(withdrawn.id(), NOW);
        int before = gathering.pendingEvents().size();

        gathering.cancel("venue flooded", LATER);

        assertThat(gathering.registrations()).allMatch(r -> r.status() == RegistrationStatus.CANCELLED);
        List<GatheringEvent> raised = gathering.pendingEvents().subList(before, gathering.pendingEvents().size());
        assertThat(raised).containsExactly(new GatheringEvent.Cancelled("venue flooded", LATER),
                new GatheringEvent.RegistrationCancelled(seated.id(), true, LATER),
                new GatheringEvent.RegistrationCancelled(waiting.id(), false, LATER));
        assertThatThrownBy(() -> gathering.register(contact("m-1", "c-9"), LATER))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo(Rule.EVENT_CANCELLED));
    }

    @Test
    void checkingInTwiceCountsOnceAndOnlyConfirmedRegistrationsCheckIn() {
        Gathering gathering = event(1);
        Registration seated = gathering.register(contact("m-1", "c-1"), NOW);
        Registration waiting = gathering.register(contact("m-1", "c-2"), NOW);

        assertThat(gathering.checkIn(seated.id(), NOW)).isTrue();
        assertThat(gathering.checkIn(seated.id(), LATER)).isFalse();
        assertThat(gathering.pendingEvents()).filteredOn(GatheringEvent.AttendanceRecorded.class::isInstance).hasSize(1);
        assertThatThrownBy(() -> gathering.checkIn(waiting.id(), NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo(Rule.NOT_CONFIRMED));
        assertThatThrownBy(() -> gathering.checkIn("nobody", NOW)).isInstanceOf(UnknownRegistration.class);
    }

    @Test
    void noShowsOnlyAfterTheStartAndEachOnce() {
        Gathering gathering = event(null);
        Registration came = gathering.register(contact("m-1", "c-1"), NOW);
        Registration absent = gathering.register(contact("m-1", "c-2"), NOW);
        gathering.checkIn(came.id(), NOW);
        assertThatThrownBy(() -> gathering.recordNoShows(NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo(Rule.NOT_STARTED));

        java.time.Instant afterStart = gathering.schedule().startsAt().plusSeconds(600);
        assertThat(gathering.recordNoShows(afterStart)).isEqualTo(1);
        assertThat(gathering.recordNoShows(afterStart)).isZero();
        assertThat(gathering.registration(absent.id()).attendance()).isEqualTo(AttendanceOutcome.NO_SHOW);
    }

    @Test
    void registrationClosesAtTheStartWithoutAWindow() {
        Gathering gathering = event(null);
        assertThatThrownBy(() -> gathering.register(contact("m-1", "c-1"), gathering.schedule().startsAt()))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo(Rule.REGISTRATION_CLOSED));
    }

    @Test
    void governanceRecordsAreForGovernanceMeetingsOnlyAndVisitReportsForWorkVisitsOnly() {
        Gathering meeting = Gatherings.of(EventKind.EDUCATION_GOVERNANCE_MEETING, "2026-05-01T10:00");
        Gathering visit = Gatherings.of(EventKind.WORK_VISIT, "2026-05-02T10:00");
        Decision decision = Decision.of("Shared pathway", LocalDate.of(2026, 5, 1),
                List.of(new ActionItem("Draft it", "Zuyd", LocalDate.of(2026, 6, 1))));
        VisitReport report = new VisitReport(LocalDate.of(2026, 5, 2), List.of("A. Visitor"),
                List.of(new Heard(HeardKind.CHALLENGE, "Few technicians", List.of(ActionLine.ATTRACT), List.of("tech"))),
                List.of());

        meeting.planMeeting(List.of("Vista college"), List.of("Opening"));
        meeting.recordDecision(decision);
        visit.reportVisit(report, NOW);

        assertThat(meeting.governance().decisions()).containsExactly(decision);
        assertThat(visit.visitReport()).isEqualTo(report);
        assertThatThrownBy(() -> visit.recordDecision(decision))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo(Rule.WRONG_KIND));
        assertThatThrownBy(() -> meeting.reportVisit(report, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo(Rule.WRONG_KIND));
        assertThatThrownBy(() -> visit.register(contact("m-1", "c-1"), NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo(Rule.WRONG_KIND));
    }

    @Test
    void publishedTextsRefuseContactDetailsAndReportsNeedSomethingHeard() {
        assertThatThrownBy(() -> new Heard(HeardKind.THEME, "mail jan@bedrijf.nl", List.of(), List.of()))
                .isInstanceOfSatisfying(InvalidGatheringData.class, e -> assertThat(e.field()).isEqualTo("heard.summary"));
        assertThatThrownBy(() -> new Heard(HeardKind.THEME, "call +31 6 1234 5678", List.of(), List.of()))
                .isInstanceOf(InvalidGatheringData.class);
        assertThatThrownBy(() -> new Heard(HeardKind.THEME, "ok", List.of(), List.of("Not Kebab")))
                .isInstanceOfSatisfying(InvalidGatheringData.class, e -> assertThat(e.field()).isEqualTo("heard.tags"));
        assertThatThrownBy(() -> new VisitReport(LocalDate.of(2026, 1, 1), List.of(), List.of(), List.of()))
                .isInstanceOfSatisfying(InvalidGatheringData.class, e -> assertThat(e.field()).isEqualTo("heard"));
        assertThatThrownBy(() -> new Decision("x", "text", null, List.of()))
                .isInstanceOfSatisfying(InvalidGatheringData.class, e -> assertThat(e.field()).isEqualTo("decidedOn"));
        assertThatThrownBy(() -> new ActionItem("do it", "piet@zuyd.nl", LocalDate.of(2026, 1, 1)))
                .isInstanceOfSatisfying(InvalidGatheringData.class, e -> assertThat(e.field()).isEqualTo("actions.owner"));
        assertThatThrownBy(() -> Decision.of("ask 06-12345678", LocalDate.of(2026, 1, 1), List.of()))
                .isInstanceOfSatisfying(InvalidGatheringData.class, e -> assertThat(e.field()).isEqualTo("decision"));
        assertThat(Decision.of("Report back before 2026-06-01", LocalDate.of(2026, 1, 1), List.of()).text())
                .as("a date is not a phone number").contains("2026-06-01");
        assertThatThrownBy(() -> new ActionItem("do it", "Zuyd", null))
                .isInstanceOfSatisfying(InvalidGatheringData.class, e -> assertThat(e.field()).isEqualTo("actions.dueOn"));
        assertThatThrownBy(() -> new VisitReport(LocalDate.of(2026, 1, 1), java.util.Arrays.asList("A", null),
                List.of(new Heard(HeardKind.THEME, "ok", null, null)), null))
                .isInstanceOf(InvalidGatheringData.class);
    }
}
