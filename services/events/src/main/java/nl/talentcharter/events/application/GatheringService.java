package nl.talentcharter.events.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.talentcharter.contracts.events.Audience;
import nl.talentcharter.contracts.events.EventKind;
import nl.talentcharter.events.domain.Attendee;
import nl.talentcharter.events.domain.Decision;
import nl.talentcharter.events.domain.Gathering;
import nl.talentcharter.events.domain.GatheringDetails;
import nl.talentcharter.events.domain.GatheringId;
import nl.talentcharter.events.domain.Registration;
import nl.talentcharter.events.domain.Schedule;
import nl.talentcharter.events.domain.VisitReport;
import nl.talentcharter.events.messaging.GatheringEventOutbox;
import nl.talentcharter.events.persistence.GatheringStore;
import org.springframework.stereotype.Service;

/**
 * The use cases of labour-market events, governance meetings and work visits. Each loads one gathering,
 * lets the domain decide and writes state and raised events in one document write; a refusal writes nothing.
 */
@Service
public class GatheringService {

    private final GatheringStore store;
    private final GatheringEventOutbox outbox;
    private final Clock clock;

    public GatheringService(GatheringStore store, GatheringEventOutbox outbox, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Gathering schedule(GatheringDetails details) {
        Gathering gathering = Gathering.schedule(GatheringId.random(), details, clock.instant());
        store.insert(gathering, outbox::recordPending);
        return gathering;
    }

    public Gathering get(GatheringId id) {
        return store.get(id);
    }

    public List<Gathering> between(Instant from, Instant to, EventKind kind, Audience audience) {
        return store.between(from, to, kind, audience);
    }

    public Gathering reschedule(GatheringId id, Schedule schedule) {
        return modify(id, g -> g.reschedule(schedule, clock.instant()));
    }

    public Gathering cancel(GatheringId id, String reason) {
        return modify(id, g -> g.cancel(reason, clock.instant()));
    }

    public Registered register(GatheringId id, Attendee attendee) {
        return store.modify(id, g -> new Registered(g, g.register(attendee, clock.instant())), outbox::recordPending);
    }

    public Registered cancelRegistration(GatheringId id, String registrationId) {
        return store.modify(id, g -> {
            g.cancelRegistration(registrationId, clock.instant());
            return new Registered(g, g.registration(registrationId));
        }, outbox::recordPending);
    }

    /** @return the registration after check-in (also when it was checked in before: checking in twice counts once) */
    public Registered checkIn(GatheringId id, String registrationId) {
        return store.modify(id, g -> {
            g.checkIn(registrationId, clock.instant());
            return new Registered(g, g.registration(registrationId));
        }, outbox::recordPending);
    }

    /** A registration together with the gathering as it was right after the change. */
    public record Registered(Gathering gathering, Registration registration) {
    }

    public int recordNoShows(GatheringId id) {
        return store.modify(id, g -> g.recordNoShows(clock.instant()), outbox::recordPending);
    }

    public Gathering planMeeting(GatheringId id, List<String> invitedParties, List<String> agenda) {
        return modify(id, g -> g.planMeeting(invitedParties, agenda));
    }

    public Gathering recordMinutes(GatheringId id, String minutes) {
        return modify(id, g -> g.recordMinutes(minutes));
    }

    public Decision recordDecision(GatheringId id, Decision decision) {
        return store.modify(id, g -> g.recordDecision(decision), outbox::recordPending);
    }

    public Gathering reportVisit(GatheringId id, VisitReport report) {
        return modify(id, g -> g.reportVisit(report, clock.instant()));
    }

    private Gathering modify(GatheringId id, java.util.function.Consumer<Gathering> change) {
        return store.modify(id, g -> {
            change.accept(g);
            return g;
        }, outbox::recordPending);
    }
}
