package nl.talentcharter.partnergateway.application;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.http.HttpMessageFactory;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import nl.talentcharter.partnergateway.domain.WebhookSignature;
import nl.talentcharter.partnergateway.persistence.Deliveries;
import nl.talentcharter.partnergateway.persistence.DeliveryDocument;
import nl.talentcharter.partnergateway.persistence.SubscriptionDocument;
import nl.talentcharter.partnergateway.persistence.Subscriptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

/**
 * Delivers pending webhooks, per subscription strictly in position order: the first pending delivery blocks the
 * ones after it until it is delivered or dead-lettered.
 *
 * <p>Per partner, through Resilience4j: a time limiter bounds each attempt, a circuit breaker stops hammering an
 * endpoint that keeps failing (its deliveries wait, uncounted, until the circuit half-opens), and failed attempts
 * are retried with exponential backoff ({@link IntervalFunction}). The retry schedule lives in the delivery
 * document ({@code attempts}, {@code nextAttemptAt}), not in a thread: it survives a restart and ties up nothing
 * while a partner is down for hours. After {@code give-up-after} or {@code max-attempts} the delivery becomes a
 * dead letter and the next one goes.
 */
@Service
public class WebhookDeliverer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookDeliverer.class);
    private static final int WORKERS = 4;

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final WebhookProperties properties;
    private final Clock clock;
    private final GatewayMetrics metrics;
    private final CircuitBreakerRegistry breakers;
    private final TimeLimiterRegistry timeLimiters;
    private final IntervalFunction backoff;
    private final HttpClient http;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService poller;
    private ExecutorService workers;
    private volatile boolean running;

    public WebhookDeliverer(Subscriptions subscriptions, Deliveries deliveries, WebhookProperties properties,
            Clock clock, GatewayMetrics metrics) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.properties = properties;
        this.clock = clock;
        this.metrics = metrics;
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(6)
                .minimumNumberOfCalls(3)
                .failureRateThreshold(50)
                .waitDurationInOpenState(properties.openCircuitFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
        this.timeLimiters = TimeLimiterRegistry.of(TimeLimiterConfig.custom()
                .timeoutDuration(properties.timeout()).cancelRunningFuture(true).build());
        this.backoff = IntervalFunction.ofExponentialBackoff(properties.firstBackoff().toMillis(), 2.0,
                properties.maxBackoff().toMillis());
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The state of a partner's circuit, for operators and tests. */
    public CircuitBreaker.State circuitOf(String partnerId) {
        return breakers.circuitBreaker(partnerId).getState();
    }

    /** New deliveries were recorded: look at once instead of at the next poll. */
    public void wake() {
        ScheduledExecutorService current = poller;
        if (running && current != null) {
            current.execute(this::dispatch);
        }
    }

    private void dispatch() {
        try {
            for (String subscriptionId : deliveries.subscriptionsDue(clock.instant(), 1000)) {
                if (inFlight.add(subscriptionId)) {
                    workers.execute(() -> {
                        try {
                            drain(subscriptionId);
                        } catch (RuntimeException e) {
                            log.warn("delivering webhooks of subscription {} failed: {}", subscriptionId, e.toString());
                        } finally {
                            inFlight.remove(subscriptionId);
                        }
                    });
                }
            }
        } catch (RuntimeException e) {
            log.warn("looking for due webhook deliveries failed: {}", e.toString());
        }
    }

    private void drain(String subscriptionId) {
        Optional<SubscriptionDocument> subscription = subscriptions.find(subscriptionId);
        if (subscription.isEmpty()) {
            return;
        }
        while (running) {
            Optional<DeliveryDocument> head = deliveries.head(subscriptionId);
            if (head.isEmpty() || head.get().getNextAttemptAt().isAfter(clock.instant())) {
                return;
            }
            if (!settle(subscription.get(), head.get())) {
                return;
            }
        }
    }

    /** One attempt at the head delivery; true when it is settled (delivered or dead-lettered) and the next may go. */
    private boolean settle(SubscriptionDocument subscription, DeliveryDocument delivery) {
        CircuitBreaker breaker = breakers.circuitBreaker(subscription.getPartnerId());
        TimeLimiter limiter = timeLimiters.timeLimiter(subscription.getPartnerId());
        Instant started = clock.instant();
        try {
            // inside the try: an event that cannot even be written as a request fails like an attempt and ends as a
            // dead letter, instead of blocking the subscription forever
            HttpRequest request = request(subscription, delivery);
            breaker.executeCallable(() -> {
                HttpResponse<Void> response = limiter.executeFutureSupplier(
                        () -> http.sendAsync(request, HttpResponse.BodyHandlers.discarding()));
                if (response.statusCode() / 100 != 2) {
                    throw new IOException("the endpoint answered HTTP " + response.statusCode());
                }
                return response;
            });
        } catch (CallNotPermittedException open) {
            metrics.webhookAttempt(subscription.getPartnerId(), "circuit_open");
            return false; // the partner's circuit is open: wait, without spending an attempt
        } catch (Exception failure) {
            failed(delivery, started, failure);
            return delivery.getAttempts() + 1 >= properties.maxAttempts() || givenUp(delivery, started);
        }
        deliveries.delivered(delivery.getId(), delivery.getAttempts() + 1, clock.instant());
        metrics.webhookAttempt(subscription.getPartnerId(), "delivered");
        return true;
    }

    private void failed(DeliveryDocument delivery, Instant now, Exception failure) {
        int attempts = delivery.getAttempts() + 1;
        Instant first = delivery.getFirstAttemptAt() == null ? now : delivery.getFirstAttemptAt();
        String error = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        if (attempts >= properties.maxAttempts() || givenUp(delivery, now)) {
            log.warn("webhook delivery {} dead-lettered after {} attempts: {}", delivery.getId(), attempts, error);
            deliveries.deadLettered(delivery.getId(), attempts, first, now, error);
            metrics.webhookAttempt(delivery.getPartnerId(), "dead_lettered");
        } else {
            metrics.webhookAttempt(delivery.getPartnerId(), "failed");
            deliveries.failed(delivery.getId(), attempts, first, now.plusMillis(backoff.apply(attempts)), error);
        }
    }

    private boolean givenUp(DeliveryDocument delivery, Instant now) {
        Instant first = delivery.getFirstAttemptAt() == null ? now : delivery.getFirstAttemptAt();
        return !Duration.between(first, now).minus(properties.giveUpAfter()).isNegative();
    }

    /** The event in CloudEvents HTTP binary mode, signed. */
    private HttpRequest request(SubscriptionDocument subscription, DeliveryDocument delivery) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(delivery.getEventId())
                .withSource(URI.create(delivery.getSource()))
                .withType(delivery.getType())
                .withSubject(delivery.getSubject())
                .withDataContentType("application/json")
                .withData(delivery.getData().getBytes(StandardCharsets.UTF_8));
        if (delivery.getTime() != null) {
            builder.withTime(OffsetDateTime.parse(delivery.getTime()));
        }
        if (delivery.getDataschema() != null) {
            builder.withDataSchema(URI.create(delivery.getDataschema()));
        }
        if (delivery.getSequence() != null) {
            builder.withExtension("sequence", delivery.getSequence());
        }
        CloudEvent event = builder.build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(subscription.getUrl())).timeout(properties.timeout());
        AtomicReference<byte[]> body = new AtomicReference<>(new byte[0]);
        HttpMessageFactory.createWriter(request::header, body::set).writeBinary(event);
        long timestamp = clock.instant().getEpochSecond();
        request.header(WebhookSignature.HEADER, WebhookSignature.header(subscription.getSecret(), delivery.getEventId(),
                timestamp, body.get()));
        return request.POST(HttpRequest.BodyPublishers.ofByteArray(body.get())).build();
    }

    @Override
    public void start() {
        workers = Executors.newFixedThreadPool(WORKERS, runnable -> {
            Thread thread = new Thread(runnable, "webhook-delivery");
            thread.setDaemon(true);
            return thread;
        });
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "webhook-poller");
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        long interval = properties.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::dispatch, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        if (poller != null) {
            poller.shutdownNow();
        }
        if (workers != null) {
            workers.shutdown();
            try {
                if (!workers.awaitTermination(properties.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS)) {
                    workers.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
