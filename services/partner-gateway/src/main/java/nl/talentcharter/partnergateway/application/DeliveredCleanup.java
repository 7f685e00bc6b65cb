package nl.talentcharter.partnergateway.application;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.talentcharter.partnergateway.persistence.Deliveries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Forgets delivered webhooks after {@code gateway.webhooks.keep-delivered} (7 days). Until then a delivered document
 * is what keeps a re-read of the topic (after a crash or a rebalance) from delivering the event again; the offsets
 * committed long before make such a re-read of older events impossible. Pending and dead-lettered deliveries stay.
 */
@Component
public class DeliveredCleanup implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveredCleanup.class);

    private final Deliveries deliveries;
    private final Clock clock;
    private final Duration keep;
    private ScheduledExecutorService scheduler;

    public DeliveredCleanup(Deliveries deliveries, Clock clock,
            @Value("${gateway.webhooks.keep-delivered:7d}") Duration keep) {
        this.deliveries = deliveries;
        this.clock = clock;
        this.keep = keep;
    }

    /** Removes what was delivered longer than the retention ago; returns how many. */
    public long run() {
        return deliveries.removeDeliveredBefore(clock.instant().minus(keep));
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "webhook-cleanup");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                long removed = run();
                if (removed > 0) {
                    log.info("forgot {} webhook deliveries delivered more than {} ago", removed, keep);
                }
            } catch (RuntimeException e) {
                log.warn("cleaning up delivered webhooks failed: {}", e.toString());
            }
        }, 1, 60, TimeUnit.MINUTES);
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
