package nl.talentcharter.monitoring.application;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.talentcharter.contracts.members.MemberProfile;
import nl.talentcharter.eventkit.inbound.InboundEvent;
import nl.talentcharter.monitoring.domain.Cut;
import nl.talentcharter.monitoring.domain.Fact;
import nl.talentcharter.monitoring.persistence.FactLog;
import nl.talentcharter.monitoring.persistence.MemberDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Applies consumed events to the figures: records the fact (once per event id), keeps the member's
 * dimensions current (once per member sequence) and refreshes the KPI cells the event can move. The
 * refresh also runs for a duplicate, so a crash between recording and announcing heals on redelivery.
 */
@Service
public class Projection {

    private static final Logger log = LoggerFactory.getLogger(Projection.class);

    private final FactLog facts;
    private final MemberDirectory members;
    private final KpiSnapshots snapshots;
    private final MeterRegistry meters;
    private final Clock clock;

    public Projection(FactLog facts, MemberDirectory members, KpiSnapshots snapshots, MeterRegistry meters, Clock clock) {
        this.facts = facts;
        this.members = members;
        this.snapshots = snapshots;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * @param profile the member's full current profile when the event carries one, else null
     * @return whether the fact was new
     */
    public boolean apply(InboundEvent event, Fact fact, MemberProfile profile) {
        Set<Cut> cuts = new LinkedHashSet<>();
        if (fact.memberId() != null) {
            members.find(fact.memberId()).map(Cut::of).ifPresent(cuts::addAll);
        }
        if (profile != null) {
            members.profile(event, fact.memberId(), profile);
        }
        boolean recorded = facts.record(fact, event, clock.instant());
        if (!recorded) {
            meters.counter("monitoring.events.duplicates", "type", event.type()).increment();
        }
        if (fact.memberId() != null) {
            members.find(fact.memberId()).map(Cut::of).ifPresent(cuts::addAll);
        }
        // a sprint's start reaches its whole cohort: their cuts move too
        fact.cohort().forEach(member -> members.find(member).map(Cut::of).ifPresent(cuts::addAll));
        cuts.add(Cut.ALL);
        snapshots.refresh(snapshots.periodsFor(fact.on()), cuts);
        return recorded;
    }

    /** An event this service has no use for, or of a type it does not know: counted, never fatal. */
    public void skip(InboundEvent event, boolean knownType) {
        meters.counter("monitoring.events.skipped", "type", event.type(), "known", Boolean.toString(knownType))
                .increment();
        log.debug("skipped {} {} ({})", event.type(), event.id(), knownType ? "not needed" : "unknown type");
    }
}
