package nl.talentcharter.pools.application;

import java.util.ArrayList;
import java.util.List;
import nl.talentcharter.pools.persistence.PoolsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Finishes what a matching run started when it was interrupted while its proposals were put into the requests
 * (ADR 0107), without waiting for the pool's next run: until then the missing proposals are only in the run
 * document, invisible to the members. Runs on a schedule ({@code pools.run-completion-interval}) on every
 * instance; the pool's run lease keeps it from applying a run that is still being applied, and from two
 * instances completing the same pool at once.
 */
@Service
public class InterruptedRunCompletion implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(InterruptedRunCompletion.class);

    private final PoolWork work;
    private final PoolsStore store;

    public InterruptedRunCompletion(PoolWork work, PoolsStore store) {
        this.work = work;
        this.store = store;
    }

    /** One scheduled look (the schedule names this class in its task list). */
    @Override
    public void run() {
        completeInterruptedRuns();
    }

    /**
     * Completes the interrupted runs of every pool whose run lease is free. A pool whose lease is held (a run in
     * progress, or a crashed run's lease not expired yet) or whose completion fails (a member changed a request
     * at the same moment: ADR 0104) keeps its run unapplied and is tried again next time.
     *
     * @return the runs completed
     */
    public List<String> completeInterruptedRuns() {
        List<String> completed = new ArrayList<>();
        for (String poolId : store.poolsWithUnappliedRuns()) {
            try {
                List<String> runs = work.completeInterruptedRunsOf(poolId);
                if (!runs.isEmpty()) {
                    LOG.info("completed interrupted matching runs {} of pool {}", runs, poolId);
                }
                completed.addAll(runs);
            } catch (RuntimeException e) {
                // one pool's failure must not keep the other pools' members waiting
                LOG.warn("completing the interrupted matching runs of pool {} failed; tried again next time", poolId, e);
            }
        }
        return completed;
    }
}
