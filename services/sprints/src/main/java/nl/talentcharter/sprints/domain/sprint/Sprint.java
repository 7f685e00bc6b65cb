package nl.talentcharter.sprints.domain.sprint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.talentcharter.contracts.sprints.CompanyJoinedSprint;
import nl.talentcharter.contracts.sprints.CompanyLeftSprint;
import nl.talentcharter.contracts.sprints.SprintCancelled;
import nl.talentcharter.contracts.sprints.SprintCompleted;
import nl.talentcharter.contracts.sprints.SprintProposed;
import nl.talentcharter.contracts.sprints.SprintSessionHeld;
import nl.talentcharter.contracts.sprints.SprintStarted;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.sprints.domain.theme.Theme;

/**
 * One thematic sprint: a cohort of companies tackling one challenge in a number of sessions, led by one of
 * them. Every step checks its rules first and changes nothing when it refuses; a step that succeeds raises
 * the published event payload, which the service stores in the same write as the state.
 */
public final class Sprint {

    public static final int DEFAULT_PLANNED_SESSIONS = 5;
    static final int MAX_PLANNED_SESSIONS = 20;
    static final int MAX_TEXT = 2000;
    public static final String MEMBERSHIP_ENDED = "membership ended";
    public static final String LEAD_MEMBERSHIP_ENDED = "the lead company's membership ended";

    /** Everything the sprint is, for storing and restoring. */
    public record State(String id, String themeId, String themeName, List<ActionLine> actionLines, String challenge,
            String leadMemberId, String facilitatorId, int plannedSessions, String cohortProposalId,
            SprintStatus status, List<Participant> participants, List<Session> sessions, Outcome outcome,
            Instant proposedAt, LocalDate startedOn, LocalDate completedOn, Instant cancelledAt, String cancelReason) {

        public State {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(status, "status");
            actionLines = actionLines == null ? List.of() : List.copyOf(actionLines);
            participants = participants == null ? List.of() : List.copyOf(participants);
            sessions = sessions == null ? List.of() : List.copyOf(sessions);
        }
    }

    private State state;
    private final List<Record> pendingEvents = new ArrayList<>();

    private Sprint(State state) {
        this.state = state;
    }

    public static Sprint restore(State state) {
        return new Sprint(state);
    }

    /**
     * A new sprint for a cohort; the lead company always takes part. The caller has checked that every
     * company is an active member.
     */
    public static Sprint propose(String id, Theme theme, String challenge, String leadMemberId, String facilitatorId,
            List<String> memberIds, Integer plannedSessions, String cohortProposalId, Instant now) {
        requireText("challenge", challenge);
        requireText("leadMemberId", leadMemberId);
        int planned = plannedSessions == null ? DEFAULT_PLANNED_SESSIONS : plannedSessions;
        if (planned < 1 || planned > MAX_PLANNED_SESSIONS) {
            throw new InvalidSprintInput("plannedSessions", "must be between 1 and " + MAX_PLANNED_SESSIONS);
        }
        Set<String> members = new LinkedHashSet<>();
        members.add(leadMemberId);
        for (String memberId : memberIds == null ? List.<String>of() : memberIds) {
            requireText("memberIds", memberId);
            members.add(memberId);
        }
        LocalDate today = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        List<Participant> participants = members.stream().map(m -> new Participant(m, today, null, null)).toList();
        Sprint sprint = new Sprint(new State(id, theme.id(), theme.name(), theme.actionLines(), challenge.strip(),
                leadMemberId, facilitatorId, planned, cohortProposalId, SprintStatus.PROPOSED, participants, List.of(),
                null, now, null, null, null, null));
        sprint.raise(new SprintProposed(id, theme.id(), theme.actionLines(), challenge.strip(), leadMemberId,
                facilitatorId, List.copyOf(members), planned, now, cohortProposalId));
        return sprint;
    }

    public void start(LocalDate today) {
        requireStatus("start-not-possible", "started", SprintStatus.PROPOSED);
        change(new State(state.id, state.themeId, state.themeName, state.actionLines, state.challenge,
                state.leadMemberId, state.facilitatorId, state.plannedSessions, state.cohortProposalId,
                SprintStatus.STARTED, state.participants, state.sessions, null, state.proposedAt, today, null, null,
                null));
        raise(new SprintStarted(state.id, state.themeId, state.leadMemberId, currentMemberIds(), today));
    }

    /** A company joins, or re-joins after it left; the caller has checked that it is an active member. */
    public void join(String memberId, LocalDate today) {
        requireText("memberId", memberId);
        requireOpen("join-not-possible", "joined");
        if (isParticipant(memberId)) {
            throw new SprintRefused("already-participant", state.status, true,
                    "member " + memberId + " already takes part in sprint " + state.id);
        }
        List<Participant> participants = new ArrayList<>(state.participants.stream()
                .filter(p -> !p.memberId().equals(memberId)).toList());
        participants.add(new Participant(memberId, today, null, null));
        change(withParticipants(participants));
        raise(new CompanyJoinedSprint(state.id, memberId, today));
    }

    public void leave(String memberId, String reason, LocalDate today) {
        requireText("reason", reason);
        requireOpen("leave-not-possible", "left");
        requireParticipant(memberId);
        if (memberId.equals(state.leadMemberId)) {
            throw new SprintRefused("lead-cannot-leave", state.status, true, "member " + memberId
                    + " leads sprint " + state.id + ": hand the lead over or cancel the sprint");
        }
        change(withParticipants(state.participants.stream()
                .map(p -> p.memberId().equals(memberId) && p.current()
                        ? new Participant(memberId, p.joinedOn(), today, reason.strip()) : p)
                .toList()));
        raise(new CompanyLeftSprint(state.id, memberId, reason.strip(), today));
    }

    /**
     * The company's membership ended, so it can no longer take part: it leaves with that reason. When it leads
     * the sprint, nobody is left to lead it and the sprint is cancelled. A sprint it no longer takes part in,
     * or one that is over, stays as it is.
     */
    public void membershipEnded(String memberId, LocalDate today, Instant now) {
        if (!state.status.isOpen() || !isParticipant(memberId)) {
            return;
        }
        if (memberId.equals(state.leadMemberId)) {
            cancel(LEAD_MEMBERSHIP_ENDED, now);
        } else {
            leave(memberId, MEMBERSHIP_ENDED, today);
        }
    }

    /** Records a held session with the attendance of the participating companies. */
    public Session holdSession(String sessionId, LocalDate heldOn, String agenda, List<String> presentMemberIds,
            String notes) {
        if (heldOn == null) {
            throw new InvalidSprintInput("heldOn", "is required");
        }
        requireText("agenda", agenda);
        if (notes != null && notes.length() > 10 * MAX_TEXT) {
            throw new InvalidSprintInput("notes", "is longer than " + 10 * MAX_TEXT + " characters");
        }
        requireStatus("session-not-possible", "given a session", SprintStatus.STARTED);
        Set<String> present = new LinkedHashSet<>(presentMemberIds == null ? List.of() : presentMemberIds);
        List<String> strangers = present.stream().filter(m -> !isParticipant(m)).toList();
        if (!strangers.isEmpty()) {
            throw new SprintRefused("not-a-participant", state.status, false,
                    "attendance recorded for companies that do not take part in sprint " + state.id + ": " + strangers);
        }
        List<String> expected = currentMemberIds();
        Session session = new Session(sessionId, state.sessions.size() + 1, heldOn, agenda.strip(),
                List.copyOf(present), expected, notes);
        List<Session> sessions = new ArrayList<>(state.sessions);
        sessions.add(session);
        change(new State(state.id, state.themeId, state.themeName, state.actionLines, state.challenge,
                state.leadMemberId, state.facilitatorId, state.plannedSessions, state.cohortProposalId, state.status,
                state.participants, sessions, state.outcome, state.proposedAt, state.startedOn, null, null, null));
        raise(new SprintSessionHeld(state.id, sessionId, session.number(), heldOn, present.size(), expected.size()));
        return session;
    }

    /** Ends the sprint with its outcomes; needs at least {@code minimumSessions} held sessions. */
    public void complete(Outcome outcome, int minimumSessions, LocalDate today) {
        if (outcome == null) {
            throw new InvalidSprintInput("whatWasTried", "is required");
        }
        requireText("whatWasTried", outcome.whatWasTried());
        outcome.practicesShared().forEach(p -> requireText("practicesShared", p));
        outcome.agreementsToContinue().forEach(a -> requireText("agreementsToContinue", a));
        requireStatus("complete-not-possible", "completed", SprintStatus.STARTED);
        if (state.sessions.size() < minimumSessions) {
            throw new SprintRefused("too-few-sessions", state.status, true, "sprint " + state.id + " held "
                    + state.sessions.size() + " of the at least " + minimumSessions + " sessions a completion needs");
        }
        change(new State(state.id, state.themeId, state.themeName, state.actionLines, state.challenge,
                state.leadMemberId, state.facilitatorId, state.plannedSessions, state.cohortProposalId,
                SprintStatus.COMPLETED, state.participants, state.sessions, outcome, state.proposedAt, state.startedOn,
                today, null, null));
        raise(new SprintCompleted(state.id, state.themeId, state.themeName, state.actionLines, currentMemberIds(),
                state.sessions.size(), outcome.whatWasTried().strip(), outcome.practicesShared().size(),
                outcome.agreementsToContinue().size(), today));
    }

    public void cancel(String reason, Instant now) {
        requireText("reason", reason);
        requireOpen("cancel-not-possible", "cancelled");
        change(new State(state.id, state.themeId, state.themeName, state.actionLines, state.challenge,
                state.leadMemberId, state.facilitatorId, state.plannedSessions, state.cohortProposalId,
                SprintStatus.CANCELLED, state.participants, state.sessions, null, state.proposedAt, state.startedOn,
                null, now, reason.strip()));
        raise(new SprintCancelled(state.id, reason.strip(), state.sessions.size(), now));
    }

    public boolean isParticipant(String memberId) {
        return state.participants.stream().anyMatch(p -> p.current() && p.memberId().equals(memberId));
    }

    public List<String> currentMemberIds() {
        return state.participants.stream().filter(Participant::current).map(Participant::memberId).toList();
    }

    public String id() {
        return state.id;
    }

    public SprintStatus status() {
        return state.status;
    }

    public String leadMemberId() {
        return state.leadMemberId;
    }

    public State state() {
        return state;
    }

    public List<Record> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    private State withParticipants(List<Participant> participants) {
        return new State(state.id, state.themeId, state.themeName, state.actionLines, state.challenge,
                state.leadMemberId, state.facilitatorId, state.plannedSessions, state.cohortProposalId, state.status,
                participants, state.sessions, state.outcome, state.proposedAt, state.startedOn, state.completedOn,
                state.cancelledAt, state.cancelReason);
    }

    private void requireParticipant(String memberId) {
        if (!isParticipant(memberId)) {
            throw new SprintRefused("not-a-participant", state.status, false,
                    "member " + memberId + " does not take part in sprint " + state.id);
        }
    }

    private void requireOpen(String code, String what) {
        if (!state.status.isOpen()) {
            throw new SprintRefused(code, state.status, true,
                    "sprint " + state.id + " is " + state.status.name().toLowerCase() + " and cannot be " + what);
        }
    }

    private void requireStatus(String code, String what, SprintStatus required) {
        if (state.status != required) {
            throw new SprintRefused(code, state.status, true, "sprint " + state.id + " is "
                    + state.status.name().toLowerCase() + "; only a " + required.name().toLowerCase()
                    + " sprint can be " + what);
        }
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidSprintInput(field, "is required");
        }
        if (value.length() > MAX_TEXT) {
            throw new InvalidSprintInput(field, "is longer than " + MAX_TEXT + " characters");
        }
    }

    private void change(State next) {
        state = next;
    }

    private void raise(Record event) {
        pendingEvents.add(event);
    }
}
