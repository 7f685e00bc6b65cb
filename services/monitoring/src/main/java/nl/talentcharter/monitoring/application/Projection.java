package nl.talentcharter.monitoring.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.talentcharter.contracts.members.MemberProfile;
import nl.talentcharter.eventkit.inbound.InboundEvent;
import nl.talentcharter.monitoring.domain.CellsMoved;
import nl.talentcharter.monitoring.domain.Fact;
import nl.talentcharter.monitoring.persistence.FactLog;
import nl.talentcharter.monitoring.persistence.MemberDirectory;
import nl.talentcharter.monitoring.persistence.PendingAnnouncements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Applies consumed events to the figures: records their facts (once per event id) and keeps the members'
 * dimensions current (once per member sequence). Announcing the KPI cells the facts move is the
 * {@link KpiAnnouncer}'s job, behind the consumers, driven by a note per batch ({@link PendingAnnouncements}).
 */
@Service
public class Projection {

    private static final Logger log = LoggerFactory.getLogger(Projection.class);

    /**
     * One consumed event, read: its fact (and the member's full profile when the event carries one), or why it
     * is skipped.
     */
    public record Consumed(InboundEvent event, Fact fact, MemberProfile profile, boolean knownType) {

        public static Consumed fact(InboundEvent event, Fact fact, MemberProfile profile) {
            return new Consumed(event, fact, profile, true);
        }

        /** An event this service has no use for, or of a type it does not know: counted, never fatal. */
        public static Consumed skipped(InboundEvent event, boolean knownType) {
            return new Consumed(event, null, null, knownType);
        }
    }

    private final FactLog facts;
    private final MemberDirectory members;
    private final PendingAnnouncements pending;
    private final KpiAnnouncer announcer;
    private final MeterRegistry meters;
    private final Clock clock;
    // a counter lookup builds its tags and searches the registry: once per topic or type, not once per event
    private final Map<String, Counter> applied = new ConcurrentHashMap<>();
    private final Map<String, Counter> duplicates = new ConcurrentHashMap<>();
    private final Map<String, Counter> skipped = new ConcurrentHashMap<>();

    public Projection(FactLog facts, MemberDirectory members, PendingAnnouncements pending, KpiAnnouncer announcer,
            MeterRegistry meters, Clock clock) {
        this.facts = facts;
        this.members = members;
        this.pending = pending;
        this.announcer = announcer;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * Applies the events of one batch, in their order: the members' profiles first (a fact is never announced
     * before the profile that cuts it), then every fact in one write, where an event recorded before collides
     * with its own id and changes nothing.
     */
    public void applyAll(List<Consumed> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Consumed> withFacts = new ArrayList<>(batch.size());
        for (Consumed consumed : batch) {
            if (consumed.fact() == null) {
                continue;
            }
            if (consumed.profile() != null) {
                members.profile(consumed.event(), consumed.fact().memberId(), consumed.profile());
            }
            withFacts.add(consumed);
        }
        Instant now = clock.instant();
        Set<String> seenBefore = facts.recordAll(withFacts.stream()
                .map(c -> new FactLog.Recording(c.fact(), c.event(), now)).toList());
        // also for facts seen before: a crash after recording them may have cost their note
        pending.note(CellsMoved.of(withFacts.stream().map(Consumed::fact).toList()), now);
        for (Consumed consumed : batch) {
            InboundEvent event = consumed.event();
            if (consumed.fact() == null) {
                skipped.computeIfAbsent(event.type() + "|" + consumed.knownType(), k -> meters.counter(
                        "monitoring.events.skipped", "type", event.type(), "known", Boolean.toString(consumed.knownType())))
                        .increment();
                log.debug("skipped {} {} ({})", event.type(), event.id(), consumed.knownType() ? "not needed" : "unknown type");
            } else if (seenBefore.contains(event.id())) {
                duplicates.computeIfAbsent(event.type(), t -> meters.counter("monitoring.events.duplicates", "type", t))
                        .increment();
            }
            applied.computeIfAbsent(String.valueOf(event.topic()),
                    t -> meters.counter("monitoring.events.applied", "topic", t)).increment();
        }
        if (!withFacts.isEmpty()) {
            announcer.signal();
        }
    }
}
