package nl.talentcharter.servicekit.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.common.Node;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Is the Kafka cluster reachable? Boot 4 ships no Kafka health indicator; without one, readiness would
 * say UP while every publish fails.
 *
 * <p>Asks the cluster to describe itself with a short timeout, and keeps the answer for a little while:
 * probes arrive every few seconds from several places, and each must stay cheap for the broker and must
 * never hang the probe. One admin client lives as long as the application.
 */
public class KafkaHealthIndicator implements HealthIndicator, DisposableBean {

    private final Map<String, Object> adminConfig;
    private final Duration timeout;
    private final Duration cacheFor;
    private final Clock clock;

    private Admin admin;
    private Health last;
    private Instant lastAt;

    public KafkaHealthIndicator(Map<String, Object> adminConfig, Duration timeout, Duration cacheFor, Clock clock) {
        this.adminConfig = withTimeouts(adminConfig, timeout);
        this.timeout = timeout;
        this.cacheFor = cacheFor;
        this.clock = clock;
    }

    /** Synchronized: concurrent probes share one cluster call instead of each making their own. */
    @Override
    public synchronized Health health() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(lastAt.plus(cacheFor))) {
            last = check();
            lastAt = now;
        }
        return last;
    }

    private Health check() {
        try {
            DescribeClusterResult cluster = admin().describeCluster(
                    new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()));
            String clusterId = cluster.clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            Collection<Node> nodes = cluster.nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (nodes.isEmpty()) {
                return Health.down().withDetail("clusterId", clusterId).withDetail("reason", "no brokers").build();
            }
            return Health.up().withDetail("clusterId", clusterId).withDetail("brokers", nodes.size()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down(e).build();
        } catch (ExecutionException e) {
            return Health.down(e.getCause() instanceof Exception cause ? cause : e).build();
        } catch (TimeoutException | RuntimeException e) {
            return Health.down(e).build();
        }
    }

    private Admin admin() {
        if (admin == null) {
            admin = Admin.create(adminConfig);
        }
        return admin;
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
            admin = null;
        }
    }

    private static Map<String, Object> withTimeouts(Map<String, Object> config, Duration timeout) {
        Map<String, Object> result = new java.util.HashMap<>(config);
        int millis = (int) timeout.toMillis();
        result.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        result.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        // a broker that is gone should not make the client retry at length in the background
        result.putIfAbsent(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        result.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "talentcharter-health");
        return Map.copyOf(result);
    }
}
