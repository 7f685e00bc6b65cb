package nl.talentcharter.monitoring.application;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import nl.talentcharter.contracts.members.MemberProfile;
import nl.talentcharter.eventkit.inbound.InboundEvent;
import nl.talentcharter.monitoring.domain.Fact;
import nl.talentcharter.monitoring.persistence.FactLog;
import nl.talentcharter.monitoring.persistence.MemberDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Applies consumed events to the figures: records the fact (once per event id) and keeps the member's
 * dimensions current (once per member sequence). Announcing the KPI cells the fact moves is the
 * {@link KpiAnnouncer}'s job, behind the consumers, driven by the fact's own "announced" flag.
 */
@Service
public class Projection {

    private static final Logger log = LoggerFactory.getLogger(Projection.class);

    private final FactLog facts;
    private final MemberDirectory members;
    private final KpiAnnouncer announcer;
    private final MeterRegistry meters;
    private final Clock clock;

    public Projection(FactLog facts, MemberDirectory members, KpiAnnouncer announcer, MeterRegistry meters, Clock clock) {
        this.facts = facts;
        this.members = members;
        this.announcer = announcer;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * @param profile the member's full current profile when the event carries one, else null
     * @return whether the fact was new
     */
    public boolean apply(InboundEvent event, Fact fact, MemberProfile profile) {
        if (profile != null) {
            members.profile(event, fact.memberId(), profile);
        }
        boolean recorded = facts.record(fact, event, clock.instant());
        if (!recorded) {
            meters.counter("monitoring.events.duplicates", "type", event.type()).increment();
        }
        meters.counter("monitoring.events.applied", "topic", String.valueOf(event.topic())).increment();
        announcer.signal();
        return recorded;
    }

    /** An event this service has no use for, or of a type it does not know: counted, never fatal. */
    public void skip(InboundEvent event, boolean knownType) {
        meters.counter("monitoring.events.skipped", "type", event.type(), "known", Boolean.toString(knownType))
                .increment();
        meters.counter("monitoring.events.applied", "topic", String.valueOf(event.topic())).increment();
        log.debug("skipped {} {} ({})", event.type(), event.id(), knownType ? "not needed" : "unknown type");
    }
}
