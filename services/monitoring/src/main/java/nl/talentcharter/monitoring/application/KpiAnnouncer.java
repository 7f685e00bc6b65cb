package nl.talentcharter.monitoring.application;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import nl.talentcharter.monitoring.domain.CellsMoved;
import nl.talentcharter.monitoring.domain.Fact;
import nl.talentcharter.monitoring.persistence.FactLog;
import nl.talentcharter.monitoring.persistence.PendingAnnouncements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

/**
 * Announces the KPI cells that recorded facts can move, behind the consumers: it takes the notes the consumers left
 * per batch ({@link PendingAnnouncements}: the days and members of its facts), refreshes the cells of those days'
 * periods and those members' cuts in one computation, then deletes the notes. A crash between recording and
 * announcing loses nothing: the note is still there and the next round (also after a restart) takes it. Many
 * batches in a burst cost one computation instead of one each, which is what lets the consumers keep pace with the
 * topics (docs/benchmarks.md).
 */
@Service
public class KpiAnnouncer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KpiAnnouncer.class);
    /** Notes per round (one per consumed batch): bounds the cells of one round; a longer backlog takes several. */
    static final int ROUND = 10_000;
    /** Facts of an earlier version (flag instead of note) turned into notes per step, once at start. */
    private static final int LEGACY_STEP = 10_000;
    private static final long IDLE_WAIT_MS = 1_000;
    /** Rest after a round, per millisecond it took: under a burst the consumers keep two thirds of the time. */
    private static final int REST_PER_ROUND = 2;
    private static final long MAX_REST_MS = 120_000;
    /** No batch recorded for this long: the consumers are idle, the rest ends. */
    private static final long QUIET_MS = 2_000;

    private final FactLog facts;
    private final PendingAnnouncements pending;
    private final KpiSnapshots snapshots;
    private final Clock clock;
    private final Semaphore work = new Semaphore(0);
    private volatile Thread thread;

    public KpiAnnouncer(FactLog facts, PendingAnnouncements pending, KpiSnapshots snapshots, Clock clock) {
        this.facts = facts;
        this.pending = pending;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /** Facts were recorded (or seen again): announce soon. */
    public void signal() {
        if (work.availablePermits() == 0) {
            work.release();
        }
    }

    /** Whether every note of the consumers was announced. */
    public boolean caughtUp() {
        return pending.isEmpty();
    }

    /**
     * One round: refreshes the cells the pending notes name and deletes those notes.
     *
     * @return how many notes were announced
     */
    public int announcePending() {
        List<PendingAnnouncements.Pending> notes = pending.next(ROUND);
        if (notes.isEmpty()) {
            return 0;
        }
        CellsMoved moved = CellsMoved.union(notes.stream().map(PendingAnnouncements.Pending::moved).toList());
        long began = System.nanoTime();
        KpiSnapshots.Refreshed refreshed = snapshots.refresh(moved);
        pending.done(notes.stream().map(PendingAnnouncements.Pending::id).toList());
        log.debug("announced {} notes: {} periods x {} cuts, {} cells changed, in {} ms", notes.size(),
                refreshed.periods(), refreshed.cuts(), refreshed.changed(), (System.nanoTime() - began) / 1_000_000);
        return notes.size();
    }

    /** Facts an earlier version recorded with a flag still unset become notes, so they are announced too (at start). */
    private void takeOverFlaggedFacts() {
        for (List<Fact> flagged = facts.unannounced(LEGACY_STEP); !flagged.isEmpty();
                flagged = facts.unannounced(LEGACY_STEP)) {
            pending.note(CellsMoved.of(flagged), clock.instant());
            facts.markAnnounced(flagged.stream().map(Fact::eventId).toList());
        }
    }

    private void run() {
        try {
            takeOverFlaggedFacts();
        } catch (RuntimeException e) {
            log.warn("could not take over the facts an earlier version left unannounced; next start: {}", e.toString());
        }
        while (thread == Thread.currentThread()) {
            try {
                long began = System.nanoTime();
                if (announcePending() == 0) {
                    work.tryAcquire(IDLE_WAIT_MS, TimeUnit.MILLISECONDS);
                    work.drainPermits();
                } else {
                    rest(REST_PER_ROUND * (System.nanoTime() - began) / 1_000_000);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // the notes stay: the next round tries again
                log.warn("announcing KPI cells failed, retrying: {}", e.toString());
                try {
                    Thread.sleep(IDLE_WAIT_MS);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    /**
     * Rests up to {@code millis} while the consumers keep recording (they signal each batch): under a burst they
     * keep at least two thirds of the time, and the next round takes everything recorded meanwhile in one
     * computation. Once a moment passes without a batch the burst is over and the rest ends: what was recorded
     * last is announced without waiting out the rest.
     */
    private void rest(long millis) throws InterruptedException {
        long until = System.nanoTime() + Math.min(millis, MAX_REST_MS) * 1_000_000;
        work.drainPermits();
        while (System.nanoTime() < until) {
            if (!work.tryAcquire(QUIET_MS, TimeUnit.MILLISECONDS)) {
                return;
            }
            work.drainPermits();
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
