package nl.talentcharter.events.web;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.talentcharter.servicekit.problem.ProblemException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits guest registrations per client address (Resilience4j {@link RateLimiter}, one per address): a
 * person registers a few times, a script hundreds. The limiters live in a bounded LRU map, so a flood of
 * addresses cannot grow memory without bound. Behind a proxy the address comes from the forwarded headers
 * ({@code server.forward-headers-strategy}), which only a trusted proxy may set.
 */
@Component
class GuestRateLimit {

    private static final int MAX_TRACKED_ADDRESSES = 10_000;

    private final RateLimiterConfig config;
    private final Map<String, RateLimiter> limiters = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
            return size() > MAX_TRACKED_ADDRESSES;
        }
    };

    GuestRateLimit(@Value("${events.guest-registration.limit-per-period:20}") int limit,
            @Value("${events.guest-registration.period:1m}") Duration period) {
        this.config = RateLimiterConfig.custom().limitForPeriod(limit).limitRefreshPeriod(period)
                .timeoutDuration(Duration.ZERO).build();
    }

    /** @throws ProblemException 429 when {@code clientAddress} used up its guest registrations for now */
    void acquire(String clientAddress) {
        RateLimiter limiter;
        synchronized (limiters) {
            limiter = limiters.computeIfAbsent(clientAddress, address -> RateLimiter.of("guest-" + address, config));
        }
        if (!limiter.acquirePermission()) {
            throw new ProblemException(429, "too-many-requests",
                    "too many registrations from this address; try again in a minute");
        }
    }
}
