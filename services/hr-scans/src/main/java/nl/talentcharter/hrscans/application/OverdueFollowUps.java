package nl.talentcharter.hrscans.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import nl.talentcharter.hrscans.persistence.ScanStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Finds completed scans whose first follow-up is overdue and announces each once.
 *
 * <p>Two guards, on purpose: the ShedLock lock keeps several instances from doing the same work at the
 * same time, and the announcement itself is part of the scan's state, saved together with its event under
 * optimistic locking. So even when a lock expires mid-run (a long GC pause) or two runs overlap, a scan is
 * announced once: the second writer finds it already announced or loses the version race.
 */
public class OverdueFollowUps {

    public static final String LOCK_NAME = "hr-scans.overdue-follow-ups";

    private static final Logger log = LoggerFactory.getLogger(OverdueFollowUps.class);

    private final ScanStore store;
    private final ScanService scans;
    private final LockingTaskExecutor executor;
    private final Clock clock;
    private final Duration lockAtMostFor;

    public OverdueFollowUps(ScanStore store, ScanService scans, LockProvider locks, Clock clock, Duration lockAtMostFor) {
        this.store = store;
        this.scans = scans;
        this.executor = new DefaultLockingTaskExecutor(locks);
        this.clock = clock;
        this.lockAtMostFor = lockAtMostFor;
    }

    /** The scheduled entry point: today's check, on whichever instance gets the lock. */
    public void run() {
        runFor(clock.instant().atZone(ZoneOffset.UTC).toLocalDate());
    }

    /** Runs the check for {@code today} under the cluster-wide lock; an instance without the lock skips. */
    public void runFor(LocalDate today) {
        executor.executeWithLock((Runnable) () -> announce(today),
                new LockConfiguration(clock.instant(), LOCK_NAME, lockAtMostFor, Duration.ZERO));
    }

    /** The check itself, without the lock; returns how many scans this call announced. */
    public int announce(LocalDate today) {
        int announced = 0;
        for (String scanId : store.overdueCandidates(today)) {
            try {
                if (scans.announceOverdueFollowUp(scanId, today)) {
                    announced++;
                }
            } catch (OptimisticLockingFailureException busy) {
                // changed by someone else all the time: the next run looks again
                log.warn("could not check scan {} for an overdue follow-up: {}", scanId, busy.toString());
            }
        }
        if (announced > 0) {
            log.info("{} overdue follow-ups announced", announced);
        }
        return announced;
    }
}
