package nl.talentcharter.events.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.talentcharter.contracts.events.AttendanceOutcome;
import nl.talentcharter.contracts.events.Audience;
import nl.talentcharter.contracts.events.EventKind;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.events.domain.RuleViolation.Rule;

/**
 * A labour-market event, governance meeting or work visit, with all its registrations. Seats, the
 * waitlist and every registration live in this one aggregate, so one atomic write of it decides who gets a
 * seat: capacity holds under any concurrency as long as the store rejects stale writes (ADR 0071).
 *
 * <p>Every change raises {@link GatheringEvent}s in {@link #pendingEvents()}; the caller saves them with
 * the state. Fields are not final because the persistence layer maps them as they are.
 */
public class Gathering {

    private String id;
    private EventKind kind;
    private String title;
    private Schedule schedule;
    private String placeName;
    private String onlineLink;
    private Audience audience;
    private Integer capacity;
    private boolean waitlist;
    private boolean memberPriority;
    private RegistrationWindow window;
    private List<String> organiserMemberIds = new ArrayList<>();
    private List<String> organiserPartners = new ArrayList<>();
    private List<ActionLine> actionLines = new ArrayList<>();
    private String visitedMemberId;
    private boolean cancelled;
    private String cancellationReason;
    private List<Registration> registrations = new ArrayList<>();
    private long lastRegistrationNumber;
    private Governance governance;
    private VisitReport visitReport;
    private Instant scheduledAt;

    private transient List<GatheringEvent> pending = new ArrayList<>();
    /** Set by every change, also by those that raise no event (agenda, minutes). */
    private transient boolean changed;

    private Gathering() {
    }

    public static Gathering schedule(GatheringId id, GatheringDetails details, Instant now) {
        Gathering gathering = new Gathering();
        gathering.id = id.value();
        gathering.apply(details);
        gathering.scheduledAt = now;
        if (gathering.isGovernanceMeeting()) {
            gathering.governance = Governance.empty();
        }
        gathering.raise(new GatheringEvent.Scheduled());
        return gathering;
    }

    private void apply(GatheringDetails details) {
        kind = details.kind();
        title = details.title();
        schedule = details.schedule();
        placeName = details.placeName();
        onlineLink = details.onlineLink();
        audience = details.audience();
        capacity = details.capacity();
        waitlist = details.waitlist();
        memberPriority = details.memberPriority();
        window = details.window();
        organiserMemberIds = new ArrayList<>(details.organiserMemberIds());
        organiserPartners = new ArrayList<>(details.organiserPartners());
        actionLines = new ArrayList<>(details.actionLines());
        visitedMemberId = details.visitedMemberId();
    }

    public void reschedule(Schedule newSchedule, Instant now) {
        requireNotCancelled();
        if (window.closesAt() != null && window.closesAt().isAfter(newSchedule.startsAt())) {
            throw new InvalidGatheringData("startsAt", "registration closes at " + window.closesAt()
                    + "; the new start must not be before that");
        }
        if (newSchedule.equals(schedule)) {
            return;
        }
        Instant previous = schedule.startsAt();
        schedule = newSchedule;
        raise(new GatheringEvent.Rescheduled(previous, now));
    }

    public void cancel(String reason, Instant now) {
        requireNotCancelled();
        cancelled = true;
        cancellationReason = Texts.require("reason", reason, 500);
        raise(new GatheringEvent.Cancelled(cancellationReason, now));
        // every seat and waitlist place ends with the gathering, each with its own event, so that consumers
        // counting registrations need not know that a cancelled event implies cancelled registrations
        for (Registration registration : List.copyOf(registrations)) {
            if (registration.isActive()) {
                replace(registration.withStatus(RegistrationStatus.CANCELLED, now));
                raise(new GatheringEvent.RegistrationCancelled(registration.id(),
                        registration.status() == RegistrationStatus.CONFIRMED, now));
            }
        }
    }

    /**
     * Registers a person: a seat while there is one, else the waitlist (or a refusal when there is none).
     *
     * @throws RuleViolation when the gathering is cancelled, outside its window, members-only for a guest,
     *                       full without a waitlist, or the person is registered already
     */
    public Registration register(Attendee attendee, Instant now) {
        requireNotCancelled();
        if (kind == EventKind.WORK_VISIT) {
            throw new RuleViolation(Rule.WRONG_KIND, "a work visit takes no registrations");
        }
        if (!attendee.isMember() && audience == Audience.MEMBERS_ONLY) {
            throw new RuleViolation(Rule.MEMBERS_ONLY, "this event is for member organisations only");
        }
        if (window.opensAt() != null && now.isBefore(window.opensAt())) {
            throw new RuleViolation(Rule.REGISTRATION_NOT_OPEN, "registration opens at " + window.opensAt());
        }
        Instant closes = window.effectiveClose(schedule);
        if (!now.isBefore(closes)) {
            throw new RuleViolation(Rule.REGISTRATION_CLOSED, "registration closed at " + closes);
        }
        Optional<Registration> existing = activeRegistrationOf(attendee);
        if (existing.isPresent()) {
            throw new AlreadyRegistered(existing.get().id());
        }
        boolean seat = capacity == null || confirmedCount() < capacity;
        if (!seat && !waitlist) {
            throw new RuleViolation(Rule.EVENT_FULL, "every seat is taken and this event keeps no waitlist");
        }
        Registration registration = Registration.arrive(++lastRegistrationNumber, attendee,
                seat ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED, now);
        registrations.add(registration);
        if (seat) {
            raise(new GatheringEvent.RegistrationConfirmed(registration.id()));
        } else {
            raise(new GatheringEvent.RegistrationWaitlisted(registration.id(), waitlistedCount()));
        }
        return registration;
    }

    /** Withdraws a registration; a seat that comes free goes to the next on the waitlist at once. */
    public void cancelRegistration(String registrationId, Instant now) {
        Registration registration = registration(registrationId);
        if (!registration.isActive()) {
            throw new RuleViolation(Rule.REGISTRATION_ALREADY_CANCELLED, "registration " + registrationId
                    + " was cancelled already");
        }
        boolean hadSeat = registration.status() == RegistrationStatus.CONFIRMED;
        replace(registration.withStatus(RegistrationStatus.CANCELLED, now));
        raise(new GatheringEvent.RegistrationCancelled(registrationId, hadSeat, now));
        if (hadSeat && !cancelled) {
            promoteFromWaitlist(now);
        }
    }

    private void promoteFromWaitlist(Instant now) {
        Comparator<Registration> order = Comparator.comparingLong(Registration::number);
        if (memberPriority) {
            order = Comparator.<Registration, Boolean>comparing(r -> !r.attendee().isMember()).thenComparing(order);
        }
        registrations.stream()
                .filter(r -> r.status() == RegistrationStatus.WAITLISTED)
                .min(order)
                .ifPresent(next -> {
                    replace(next.withStatus(RegistrationStatus.CONFIRMED, now));
                    raise(new GatheringEvent.WaitlistPromoted(next.id(), now));
                });
    }

    /**
     * Checks a confirmed registration in at the door. Idempotent: a second check-in changes nothing.
     *
     * @return whether this call recorded the attendance (false: it was recorded before)
     */
    public boolean checkIn(String registrationId, Instant now) {
        requireNotCancelled();
        Registration registration = registration(registrationId);
        if (registration.status() != RegistrationStatus.CONFIRMED) {
            throw new RuleViolation(Rule.NOT_CONFIRMED, "registration " + registrationId + " is "
                    + registration.status().name().toLowerCase() + ", not confirmed");
        }
        if (registration.attendance() == AttendanceOutcome.ATTENDED) {
            return false;
        }
        replace(registration.withAttendance(AttendanceOutcome.ATTENDED, now));
        raise(new GatheringEvent.AttendanceRecorded(registrationId, AttendanceOutcome.ATTENDED, now));
        return true;
    }

    /**
     * After the start, every confirmed registration not checked in is a no-show. Running it again records
     * only those not recorded yet; a late arrival can still check in and becomes attended.
     *
     * @return how many no-shows this call recorded
     */
    public int recordNoShows(Instant now) {
        requireNotCancelled();
        if (now.isBefore(schedule.startsAt())) {
            throw new RuleViolation(Rule.NOT_STARTED, "no-shows are recorded once the event has started ("
                    + schedule.startsAt() + ")");
        }
        int recorded = 0;
        for (Registration registration : List.copyOf(registrations)) {
            if (registration.status() == RegistrationStatus.CONFIRMED && registration.attendance() == null) {
                replace(registration.withAttendance(AttendanceOutcome.NO_SHOW, now));
                raise(new GatheringEvent.AttendanceRecorded(registration.id(), AttendanceOutcome.NO_SHOW, now));
                recorded++;
            }
        }
        return recorded;
    }

    public void planMeeting(List<String> invitedParties, List<String> agenda) {
        requireGovernance();
        governance = governance.withInvitationsAndAgenda(invitedParties, agenda);
        changed = true;
    }

    public void recordMinutes(String minutes) {
        requireGovernance();
        governance = governance.withMinutes(minutes);
        changed = true;
    }

    public Decision recordDecision(Decision decision) {
        requireGovernance();
        governance = governance.withDecision(decision);
        raise(new GatheringEvent.DecisionRecorded(decision));
        return decision;
    }

    public void reportVisit(VisitReport report, Instant now) {
        requireNotCancelled();
        if (kind != EventKind.WORK_VISIT) {
            throw new RuleViolation(Rule.WRONG_KIND, "only a work visit has a visit report");
        }
        visitReport = report;
        raise(new GatheringEvent.VisitReported(now));
    }

    private void requireGovernance() {
        requireNotCancelled();
        if (!isGovernanceMeeting()) {
            throw new RuleViolation(Rule.WRONG_KIND, "only a governance meeting has an agenda, minutes and decisions");
        }
    }

    private void requireNotCancelled() {
        if (cancelled) {
            throw new RuleViolation(Rule.EVENT_CANCELLED, "event " + id + " was cancelled");
        }
    }

    public Optional<Registration> activeRegistrationOf(Attendee attendee) {
        String identity = attendee.identity();
        return registrations.stream().filter(r -> r.isActive() && r.attendee().identity().equals(identity)).findFirst();
    }

    public Registration registration(String registrationId) {
        return registrations.stream().filter(r -> r.id().equals(registrationId)).findFirst()
                .orElseThrow(() -> new UnknownRegistration(registrationId));
    }

    private void replace(Registration updated) {
        registrations.replaceAll(r -> r.id().equals(updated.id()) ? updated : r);
    }

    public int confirmedCount() {
        return (int) registrations.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).count();
    }

    public int waitlistedCount() {
        return (int) registrations.stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED).count();
    }

    public boolean isGovernanceMeeting() {
        return kind == EventKind.LABOUR_MARKET_GOVERNANCE_MEETING || kind == EventKind.EDUCATION_GOVERNANCE_MEETING;
    }

    /** Held: took place, i.e. not cancelled and over. */
    public boolean isHeld(Instant now) {
        return !cancelled && !schedule.endsAt().isAfter(now);
    }

    private void raise(GatheringEvent event) {
        pending.add(event);
        changed = true;
    }

    /** Whether anything changed since it was loaded or created: nothing changed, nothing to write. */
    public boolean hasChanges() {
        return changed;
    }

    public List<GatheringEvent> pendingEvents() {
        return List.copyOf(pending);
    }

    public GatheringId id() {
        return new GatheringId(id);
    }

    public EventKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public Schedule schedule() {
        return schedule;
    }

    public String placeName() {
        return placeName;
    }

    public String onlineLink() {
        return onlineLink;
    }

    public Audience audience() {
        return audience;
    }

    public Integer capacity() {
        return capacity;
    }

    public boolean hasWaitlist() {
        return waitlist;
    }

    public boolean givesMembersPriority() {
        return memberPriority;
    }

    public RegistrationWindow window() {
        return window;
    }

    public List<String> organiserMemberIds() {
        return List.copyOf(organiserMemberIds);
    }

    public List<String> organiserPartners() {
        return List.copyOf(organiserPartners);
    }

    public List<ActionLine> actionLines() {
        return List.copyOf(actionLines);
    }

    public String visitedMemberId() {
        return visitedMemberId;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public List<Registration> registrations() {
        return List.copyOf(registrations);
    }

    public Governance governance() {
        return governance;
    }

    public VisitReport visitReport() {
        return visitReport;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }
}
