package nl.talentcharter.partnergateway.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How hard the gateway tries to deliver a webhook.
 *
 * @param giveUpAfter    a delivery failing this long after its first attempt goes to the dead letters
 * @param maxAttempts    ... or after this many attempts, whichever comes first
 * @param firstBackoff   wait after the first failure; doubles per failure (Resilience4j exponential backoff)
 * @param maxBackoff     the longest wait between two attempts
 * @param timeout        one attempt, connection to answer (Resilience4j time limiter)
 * @param openCircuitFor how long a partner's circuit stays open after its endpoint kept failing
 * @param pollInterval   how often the worker looks for due deliveries
 * @param requireHttps   refuse plain-http endpoints (production)
 * @param allowPrivateAddresses accept endpoints on loopback and private networks (a developer's machine, tests);
 *                       false in production, so the gateway cannot be pointed at the platform's own network
 */
@ConfigurationProperties("gateway.webhooks")
public record WebhookProperties(Duration giveUpAfter, int maxAttempts, Duration firstBackoff, Duration maxBackoff,
                                Duration timeout, Duration openCircuitFor, Duration pollInterval,
                                boolean requireHttps, boolean allowPrivateAddresses) {

    public WebhookProperties {
        giveUpAfter = giveUpAfter == null ? Duration.ofHours(24) : giveUpAfter;
        maxAttempts = maxAttempts <= 0 ? 200 : maxAttempts;
        firstBackoff = firstBackoff == null ? Duration.ofSeconds(1) : firstBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofMinutes(10) : maxBackoff;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        openCircuitFor = openCircuitFor == null ? Duration.ofSeconds(30) : openCircuitFor;
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
    }
}
