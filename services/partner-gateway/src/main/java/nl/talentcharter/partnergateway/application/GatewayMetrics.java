package nl.talentcharter.partnergateway.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What operators watch: partner messages by outcome and channel, webhook attempts by outcome. A rising
 * {@code refused} count for one partner or {@code dead_lettered} for webhooks is the thing to call a partner about.
 */
@Component
public class GatewayMetrics {

    private final MeterRegistry registry;

    public GatewayMetrics(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry.getIfAvailable(() -> Metrics.globalRegistry);
    }

    /** {@code outcome}: {@code accepted} or the refusal's problem slug; {@code via}: http or kafka. */
    public void inbound(String partner, String outcome, String via) {
        Counter.builder("partner.gateway.inbound").description("partner messages by outcome")
                .tag("partner", partner).tag("outcome", outcome).tag("via", via).register(registry).increment();
    }

    /** {@code outcome}: delivered, failed, dead_lettered or circuit_open. */
    public void webhookAttempt(String partner, String outcome) {
        Counter.builder("partner.gateway.webhook.attempts").description("webhook delivery attempts by outcome")
                .tag("partner", partner).tag("outcome", outcome).register(registry).increment();
    }
}
