package nl.talentcharter.hrscans.domain.scan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.talentcharter.contracts.hrscans.ActionPointAgreed;
import nl.talentcharter.contracts.hrscans.ActionPointCompleted;
import nl.talentcharter.contracts.hrscans.CancellationReason;
import nl.talentcharter.contracts.hrscans.DomainScore;
import nl.talentcharter.contracts.hrscans.FollowUpHeld;
import nl.talentcharter.contracts.hrscans.FollowUpOverdue;
import nl.talentcharter.contracts.hrscans.HrScanCancelled;
import nl.talentcharter.contracts.hrscans.HrScanClosed;
import nl.talentcharter.contracts.hrscans.HrScanCompleted;
import nl.talentcharter.contracts.hrscans.HrScanRequested;
import nl.talentcharter.contracts.hrscans.HrScanScheduled;
import nl.talentcharter.contracts.hrscans.ScanRequester;
import nl.talentcharter.hrscans.domain.template.Question;
import nl.talentcharter.hrscans.domain.template.ScanTemplate;

/**
 * One HR scan of one member organisation, from request to close. Every rule of the lifecycle lives here;
 * a refused step throws before anything changed.
 *
 * <p>The events a step raises are the published contract payloads themselves (the service is their only
 * writer, ADR 0060); {@link #pendingEvents()} hands them to the outbox in the same save as the state.
 * That the overdue follow-up was announced is part of the state ({@code overdueAnnouncedOn}), so the
 * announcement and its event are written together and can never happen twice.
 */
public final class HrScan {

    private State state;
    private final List<Record> pendingEvents = new ArrayList<>();

    /** Everything the scan is, for storing and restoring; collections are copies. */
    public record State(String id, String memberId, CompanyProfile company, String templateId, int templateVersion,
            ScanStatus status, ScanRequester requestedBy, Instant requestedAt, String advisorId, LocalDate scheduledOn,
            Map<String, String> answers, ScanResult result, Instant completedAt, LocalDate followUpDueOn,
            List<FollowUp> followUps, List<ActionPoint> actionPoints, LocalDate overdueAnnouncedOn, Instant closedAt,
            Instant cancelledAt, CancellationReason cancellationReason) {

        public State {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(memberId, "memberId");
            Objects.requireNonNull(status, "status");
            answers = answers == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(answers));
            followUps = followUps == null ? List.of() : List.copyOf(followUps);
            actionPoints = actionPoints == null ? List.of() : List.copyOf(actionPoints);
        }
    }

    private HrScan(State state) {
        this.state = state;
    }

    public static HrScan restore(State state) {
        return new HrScan(state);
    }

    /** A new request; the caller has checked that the member is active. */
    public static HrScan request(String scanId, String memberId, CompanyProfile company, ScanTemplate template,
            ScanRequester requestedBy, Instant now) {
        HrScan scan = new HrScan(new State(scanId, memberId, company, template.id(), template.version(),
                ScanStatus.REQUESTED, requestedBy, now, null, null, Map.of(), null, null, null, List.of(), List.of(),
                null, null, null, null));
        scan.raise(new HrScanRequested(scanId, memberId, template.id(), template.version(), requestedBy, now));
        return scan;
    }

    /** Fixes (or moves) advisor and date; possible until the scan is completed. */
    public void schedule(String advisorId, LocalDate date) {
        requireOpen("schedule-not-possible", "scheduled");
        if (advisorId == null || advisorId.isBlank() || date == null) {
            throw new InvalidScanInput("a schedule needs an advisor and a date",
                    date == null ? Map.of("date", "is required") : Map.of("advisorId", "is required"));
        }
        ScanStatus next = state.status == ScanStatus.IN_PROGRESS ? ScanStatus.IN_PROGRESS : ScanStatus.SCHEDULED;
        state = with(next).advisor(advisorId, date).build();
        raise(new HrScanScheduled(state.id, state.memberId, advisorId, date));
    }

    /**
     * Saves answers as they come (partial is fine; a later answer replaces an earlier one). All are checked
     * before any is taken: one answer outside its question's options refuses the whole batch.
     */
    public void answer(ScanTemplate template, Map<String, String> answers) {
        requireTemplate(template);
        if (state.status == ScanStatus.REQUESTED) {
            throw new ScanRefused("scan-not-scheduled", state.status,
                    "scan " + state.id + " is not scheduled yet: answers come after an advisor and date are fixed");
        }
        if (!state.status.isOpen()) {
            throw new ScanRefused("scan-not-answerable", state.status,
                    "scan " + state.id + " is " + state.status.name().toLowerCase() + ": its answers are final");
        }
        Map<String, String> errors = new TreeMap<>();
        answers.forEach((questionKey, optionKey) -> {
            var question = template.question(questionKey);
            if (question.isEmpty()) {
                errors.put("answers." + questionKey, "is not a question of " + template);
            } else if (optionKey == null || question.get().option(optionKey).isEmpty()) {
                errors.put("answers." + questionKey, "must be one of " + question.get().options().stream()
                        .map(o -> o.key()).toList());
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidScanInput("answers outside the template's options", errors);
        }
        if (answers.isEmpty()) {
            throw new InvalidScanInput("no answers given", Map.of("answers", "must not be empty"));
        }
        Map<String, String> merged = new LinkedHashMap<>(state.answers);
        merged.putAll(answers);
        state = with(ScanStatus.IN_PROGRESS).answers(merged).build();
    }

    /** Required questions still open; empty when the scan can be completed. */
    public List<String> unansweredRequired(ScanTemplate template) {
        requireTemplate(template);
        return template.questions().filter(Question::required).map(Question::key)
                .filter(key -> !state.answers.containsKey(key)).toList();
    }

    /** Fixes the scores once every required question is answered; the first follow-up is due after {@code followUpAfter}. */
    public void complete(ScanTemplate template, Instant now, Period followUpAfter) {
        requireTemplate(template);
        if (state.status != ScanStatus.IN_PROGRESS) {
            throw new ScanRefused("scan-not-completable", state.status,
                    "scan " + state.id + " is " + state.status.name().toLowerCase() + ", not in progress");
        }
        List<String> missing = unansweredRequired(template);
        if (!missing.isEmpty()) {
            Map<String, String> errors = new TreeMap<>();
            missing.forEach(key -> errors.put("answers." + key, "is required"));
            throw new InvalidScanInput(missing.size() + " required questions are unanswered", errors);
        }
        ScanResult result = Scoring.score(template, state.answers);
        LocalDate due = now.atZone(ZoneOffset.UTC).toLocalDate().plus(followUpAfter);
        state = with(ScanStatus.COMPLETED).completed(result, now, due).build();
        raise(new HrScanCompleted(state.id, state.memberId, state.templateId, state.templateVersion, result.overall(),
                result.domains().stream().map(d -> new DomainScore(d.domain(), d.score(), d.actionLines())).toList(),
                now, due));
    }

    /** Records a held follow-up conversation and the action points agreed in it. */
    public FollowUp holdFollowUp(LocalDate heldOn, String advisorId, String notes, List<NewActionPoint> agreed) {
        if (state.status != ScanStatus.COMPLETED) {
            throw new ScanRefused("follow-up-not-possible", state.status, state.status.isOpen()
                    ? "scan " + state.id + " is not completed yet: a follow-up conversation comes after the scan"
                    : "scan " + state.id + " is " + state.status.name().toLowerCase());
        }
        Map<String, String> errors = new TreeMap<>();
        if (heldOn == null) {
            errors.put("heldOn", "is required");
        } else if (state.completedAt != null
                && heldOn.isBefore(state.completedAt.atZone(ZoneOffset.UTC).toLocalDate())) {
            errors.put("heldOn", "is before the scan was completed");
        }
        if (advisorId == null || advisorId.isBlank()) {
            errors.put("advisorId", "is required");
        }
        for (int i = 0; i < agreed.size(); i++) {
            NewActionPoint point = agreed.get(i);
            String field = "actionPoints[" + i + "].";
            if (point.description() == null || point.description().isBlank()) errors.put(field + "description", "is required");
            if (point.owner() == null || point.owner().isBlank()) errors.put(field + "owner", "is required");
            if (point.dueOn() == null) errors.put(field + "dueOn", "is required");
            if (point.actionLine() == null) errors.put(field + "actionLine", "is required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidScanInput("the follow-up conversation is incomplete", errors);
        }
        FollowUp followUp = new FollowUp("f-" + (state.followUps.size() + 1), heldOn, advisorId, notes);
        List<FollowUp> followUps = new ArrayList<>(state.followUps);
        followUps.add(followUp);
        List<ActionPoint> points = new ArrayList<>(state.actionPoints);
        List<ActionPoint> added = new ArrayList<>();
        for (NewActionPoint point : agreed) {
            ActionPoint actionPoint = new ActionPoint("a-" + (points.size() + 1), followUp.id(), point.description(),
                    point.owner(), point.dueOn(), point.actionLine(), null);
            points.add(actionPoint);
            added.add(actionPoint);
        }
        state = with(state.status).followUps(followUps, points).build();
        raise(new FollowUpHeld(state.id, state.memberId, followUp.id(), heldOn, advisorId, added.size()));
        added.forEach(p -> raise(new ActionPointAgreed(state.id, state.memberId, followUp.id(), p.id(),
                p.actionLine(), p.dueOn())));
        return followUp;
    }

    /** Marks an agreed action point done; marking it again changes nothing. */
    public void completeActionPoint(String actionPointId, LocalDate on) {
        ActionPoint point = state.actionPoints.stream().filter(p -> p.id().equals(actionPointId)).findFirst()
                .orElseThrow(() -> new UnknownActionPoint(state.id, actionPointId));
        if (point.isDone()) {
            return;
        }
        if (state.status == ScanStatus.CANCELLED) {
            throw new ScanRefused("scan-cancelled", state.status, "scan " + state.id + " is cancelled");
        }
        List<ActionPoint> points = state.actionPoints.stream()
                .map(p -> p.id().equals(actionPointId) ? p.doneOn(on) : p).toList();
        state = with(state.status).followUps(state.followUps, points).build();
        raise(new ActionPointCompleted(state.id, state.memberId, actionPointId, point.actionLine(), on));
    }

    /** A scan is never closed without at least one held follow-up conversation. */
    public void close(Instant now) {
        if (state.status != ScanStatus.COMPLETED) {
            throw new ScanRefused("scan-not-closable", state.status,
                    "scan " + state.id + " is " + state.status.name().toLowerCase() + ": only a completed scan closes");
        }
        if (state.followUps.isEmpty()) {
            throw new ScanRefused("follow-up-required", state.status,
                    "scan " + state.id + " cannot be closed before a follow-up conversation was held");
        }
        state = with(ScanStatus.CLOSED).closed(now).build();
        int done = (int) state.actionPoints.stream().filter(ActionPoint::isDone).count();
        raise(new HrScanClosed(state.id, state.memberId, state.followUps.size(), state.actionPoints.size(), done, now));
    }

    /** Ends the scan before completion. */
    public void cancel(CancellationReason reason, Instant now) {
        if (!state.status.isOpen()) {
            throw new ScanRefused("scan-not-cancellable", state.status,
                    "scan " + state.id + " is " + state.status.name().toLowerCase() + ": only a scan that is not"
                            + " completed yet can be cancelled");
        }
        state = with(ScanStatus.CANCELLED).cancelled(now, reason).build();
        raise(new HrScanCancelled(state.id, state.memberId, reason, now));
    }

    /** Whether the first follow-up is late on {@code today}: completed, none held, due date passed. */
    public boolean isFollowUpOverdue(LocalDate today) {
        return state.status == ScanStatus.COMPLETED && state.followUps.isEmpty()
                && state.followUpDueOn != null && state.followUpDueOn.isBefore(today);
    }

    /** Announces an overdue follow-up once; returns false when it is not overdue or was announced before. */
    public boolean announceOverdueFollowUp(LocalDate today) {
        if (!isFollowUpOverdue(today) || state.overdueAnnouncedOn != null) {
            return false;
        }
        state = with(state.status).overdueAnnounced(today).build();
        raise(new FollowUpOverdue(state.id, state.memberId, state.followUpDueOn, today));
        return true;
    }

    public State state() {
        return state;
    }

    public String id() {
        return state.id;
    }

    public String memberId() {
        return state.memberId;
    }

    public ScanStatus status() {
        return state.status;
    }

    /** Raised since load, in order; the contract payloads to publish. */
    public List<Record> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    private void raise(Record event) {
        pendingEvents.add(event);
    }

    private void requireOpen(String code, String verb) {
        if (!state.status.isOpen()) {
            throw new ScanRefused(code, state.status,
                    "scan " + state.id + " is " + state.status.name().toLowerCase() + " and can no longer be " + verb);
        }
    }

    private void requireTemplate(ScanTemplate template) {
        if (!template.id().equals(state.templateId) || template.version() != state.templateVersion) {
            throw new IllegalArgumentException("scan " + state.id + " follows " + state.templateId + " v"
                    + state.templateVersion + ", not " + template);
        }
    }

    private Builder with(ScanStatus status) {
        return new Builder(state, status);
    }

    /** Copies the state with the changed parts; keeps the record's many components out of every method. */
    private static final class Builder {
        private final State s;
        private final ScanStatus status;
        private String advisorId;
        private LocalDate scheduledOn;
        private Map<String, String> answers;
        private ScanResult result;
        private Instant completedAt;
        private LocalDate followUpDueOn;
        private List<FollowUp> followUps;
        private List<ActionPoint> actionPoints;
        private LocalDate overdueAnnouncedOn;
        private Instant closedAt;
        private Instant cancelledAt;
        private CancellationReason reason;

        Builder(State s, ScanStatus status) {
            this.s = s;
            this.status = status;
            advisorId = s.advisorId;
            scheduledOn = s.scheduledOn;
            answers = s.answers;
            result = s.result;
            completedAt = s.completedAt;
            followUpDueOn = s.followUpDueOn;
            followUps = s.followUps;
            actionPoints = s.actionPoints;
            overdueAnnouncedOn = s.overdueAnnouncedOn;
            closedAt = s.closedAt;
            cancelledAt = s.cancelledAt;
            reason = s.cancellationReason;
        }

        Builder advisor(String advisor, LocalDate date) {
            advisorId = advisor;
            scheduledOn = date;
            return this;
        }

        Builder answers(Map<String, String> value) {
            answers = value;
            return this;
        }

        Builder completed(ScanResult value, Instant at, LocalDate due) {
            result = value;
            completedAt = at;
            followUpDueOn = due;
            return this;
        }

        Builder followUps(List<FollowUp> held, List<ActionPoint> points) {
            followUps = held;
            actionPoints = points;
            return this;
        }

        Builder overdueAnnounced(LocalDate on) {
            overdueAnnouncedOn = on;
            return this;
        }

        Builder closed(Instant at) {
            closedAt = at;
            return this;
        }

        Builder cancelled(Instant at, CancellationReason why) {
            cancelledAt = at;
            reason = why;
            return this;
        }

        State build() {
            return new State(s.id, s.memberId, s.company, s.templateId, s.templateVersion, status, s.requestedBy,
                    s.requestedAt, advisorId, scheduledOn, answers, result, completedAt, followUpDueOn, followUps,
                    actionPoints, overdueAnnouncedOn, closedAt, cancelledAt, reason);
        }
    }
}
