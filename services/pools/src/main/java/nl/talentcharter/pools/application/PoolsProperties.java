package nl.talentcharter.pools.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code pools.*}
 *
 * @param runCompletionInterval how often interrupted matching runs are looked for and completed (ADR 0107)
 * @param runCompletionInitialDelay when the first look happens after start: shortly, so a run interrupted by the
 *     restart of this instance is completed soon after it is back (once that run's lease has expired)
 */
@ConfigurationProperties("pools")
public record PoolsProperties(@DefaultValue("1m") Duration runCompletionInterval,
                              @DefaultValue("15s") Duration runCompletionInitialDelay) {

    public PoolsProperties {
        if (runCompletionInterval == null || runCompletionInterval.isNegative() || runCompletionInterval.isZero()) {
            throw new IllegalArgumentException("pools.run-completion-interval must be positive, was " + runCompletionInterval);
        }
        if (runCompletionInitialDelay == null || runCompletionInitialDelay.isNegative()) {
            throw new IllegalArgumentException("pools.run-completion-initial-delay must not be negative, was "
                    + runCompletionInitialDelay);
        }
    }
}
