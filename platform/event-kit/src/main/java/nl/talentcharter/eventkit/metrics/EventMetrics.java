package nl.talentcharter.eventkit.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The event-kit's meters, one place for their names:
 * {@code eventkit.outbox.backlog} (gauge: entries waiting in all outboxes at the last sweep),
 * {@code eventkit.events.published}, {@code eventkit.events.consumed},
 * {@code eventkit.events.duplicates} (tagged {@code type}, {@code topic}),
 * {@code eventkit.events.dead-lettered} (tagged {@code type}, {@code topic}, {@code reason}),
 * {@code eventkit.relay.failures} (rounds that could not publish),
 * {@code eventkit.relay.poison} (documents whose events can never be published as they are).
 */
public class EventMetrics {

    public static final String BACKLOG = "eventkit.outbox.backlog";
    public static final String PUBLISHED = "eventkit.events.published";
    public static final String CONSUMED = "eventkit.events.consumed";
    public static final String DUPLICATES = "eventkit.events.duplicates";
    public static final String DEAD_LETTERED = "eventkit.events.dead-lettered";
    public static final String RELAY_FAILURES = "eventkit.relay.failures";
    public static final String RELAY_POISON = "eventkit.relay.poison";

    private final MeterRegistry registry;
    private final AtomicLong backlog = new AtomicLong();

    public EventMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder(BACKLOG, backlog, AtomicLong::get)
                .description("events recorded in outboxes and not yet published (as of the last sweep)")
                .register(registry);
    }

    public void backlog(long entries) {
        backlog.set(entries);
    }

    public void published(String type, String topic, int count) {
        counter(PUBLISHED, type, topic).increment(count);
    }

    public void consumed(String type, String topic) {
        counter(CONSUMED, type, topic).increment();
    }

    public void duplicate(String type, String topic) {
        counter(DUPLICATES, type, topic).increment();
    }

    public void deadLettered(String type, String topic, String reason) {
        Counter.builder(DEAD_LETTERED).tag("type", type == null ? "unknown" : type).tag("topic", topic)
                .tag("reason", reason).register(registry).increment();
    }

    public void relayFailure() {
        registry.counter(RELAY_FAILURES).increment();
    }

    public void relayPoison() {
        registry.counter(RELAY_POISON).increment();
    }

    private Counter counter(String name, String type, String topic) {
        return Counter.builder(name)
                .tag("type", type == null ? "unknown" : type)
                .tag("topic", topic == null ? "unknown" : topic)
                .register(registry);
    }
}
