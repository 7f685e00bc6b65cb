package nl.talentcharter.monitoring.application;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import nl.talentcharter.monitoring.domain.Cut;
import nl.talentcharter.monitoring.domain.Fact;
import nl.talentcharter.monitoring.domain.MemberDimensions;
import nl.talentcharter.monitoring.domain.Period;
import nl.talentcharter.monitoring.persistence.FactLog;
import nl.talentcharter.monitoring.persistence.MemberDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

/**
 * Announces the KPI cells that recorded facts can move, behind the consumers: it takes every fact not yet
 * announced (a flag stored in the fact itself, set false by the insert), refreshes the cells of their periods and
 * cuts in one computation, then marks them announced. A crash between recording and announcing loses nothing: the
 * flag is still false and the next round (also after a restart) picks the fact up. Many events in a burst cost one
 * computation instead of one each, which is what lets the consumers keep pace with the topics (docs/benchmarks.md).
 */
@Service
public class KpiAnnouncer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KpiAnnouncer.class);
    /** Facts per round: bounds the memory of one round; a longer backlog takes several. */
    static final int ROUND = 100_000;
    private static final long IDLE_WAIT_MS = 1_000;
    private static final long MAX_REST_MS = 5_000;

    private final FactLog facts;
    private final MemberDirectory members;
    private final KpiSnapshots snapshots;
    private final Semaphore work = new Semaphore(0);
    private volatile Thread thread;

    public KpiAnnouncer(FactLog facts, MemberDirectory members, KpiSnapshots snapshots) {
        this.facts = facts;
        this.members = members;
        this.snapshots = snapshots;
    }

    /** A fact was recorded (or seen again): announce soon. */
    public void signal() {
        if (work.availablePermits() == 0) {
            work.release();
        }
    }

    /**
     * One round: refreshes the cells the unannounced facts can move and marks those facts announced.
     *
     * @return how many facts were announced
     */
    public int announcePending() {
        List<Fact> pending = facts.unannounced(ROUND);
        if (pending.isEmpty()) {
            return 0;
        }
        Map<String, MemberDimensions> dimensions = members.all();
        Set<Period> periods = new LinkedHashSet<>();
        Set<Cut> cuts = new LinkedHashSet<>();
        cuts.add(Cut.ALL);
        for (Fact fact : pending) {
            periods.addAll(snapshots.periodsFor(fact.on()));
            if (fact.memberId() != null && dimensions.containsKey(fact.memberId())) {
                cuts.addAll(Cut.of(dimensions.get(fact.memberId())));
            }
            // a sprint's start reaches its whole cohort: their cuts move too
            fact.cohort().stream().filter(dimensions::containsKey).forEach(m -> cuts.addAll(Cut.of(dimensions.get(m))));
        }
        snapshots.refresh(periods, cuts);
        facts.markAnnounced(pending.stream().map(Fact::eventId).toList());
        return pending.size();
    }

    private void run() {
        while (thread == Thread.currentThread()) {
            try {
                long began = System.nanoTime();
                if (announcePending() == 0) {
                    work.tryAcquire(IDLE_WAIT_MS, TimeUnit.MILLISECONDS);
                    work.drainPermits();
                } else {
                    // rest as long as the round took: under a burst the consumers keep at least half the CPU, and
                    // the next round takes everything recorded meanwhile in one computation
                    Thread.sleep(Math.min((System.nanoTime() - began) / 1_000_000, MAX_REST_MS));
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // the facts stay unannounced: the next round tries again
                log.warn("announcing KPI cells failed, retrying: {}", e.toString());
                try {
                    Thread.sleep(IDLE_WAIT_MS);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    @Override
    public synchronized void start() {
        if (thread == null) {
            thread = new Thread(this::run, "kpi-announcer");
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Override
    public synchronized void stop() {
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
            try {
                running.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
