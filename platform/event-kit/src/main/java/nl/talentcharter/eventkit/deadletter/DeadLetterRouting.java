package nl.talentcharter.eventkit.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import nl.talentcharter.contracts.Topics;
import nl.talentcharter.eventkit.cloudevents.CloudEventHeaders;
import nl.talentcharter.eventkit.inbound.InvalidEventException;
import nl.talentcharter.eventkit.metrics.EventMetrics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.BackOff;

/**
 * Retry and dead letters for every Spring Cloud Stream Kafka consumer binding of the service, moved
 * from the binder into the listener container (the binder's documented extension point):
 * <ul>
 * <li>an {@link InvalidEventException} anywhere in the cause chain is not retried: the record goes to
 * {@code <topic>.dlq} at once;</li>
 * <li>any other failure is retried with exponential back-off ({@code eventkit.consumer.*}), then goes to
 * {@code <topic>.dlq} with reason {@code processing-failed};</li>
 * <li>the dead letter keeps key, value and original headers, plus {@link DeadLetterHeaders}; then the
 * container commits past it, so the next record is processed.</li>
 * </ul>
 * The binder's own {@code enableDlq} would name the topic {@code error.<topic>.<group>} and cannot add the
 * reason header, hence this customizer (ADR 0022).
 */
public class DeadLetterRouting implements ListenerContainerWithDlqAndRetryCustomizer {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRouting.class);

    private final KafkaOperations<Object, byte[]> template;
    private final EventMetrics metrics;
    private final String bootstrapServers;
    private final Map<String, Object> clientSecurity;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Set<String> provisioned = ConcurrentHashMap.newKeySet();

    public DeadLetterRouting(KafkaOperations<Object, byte[]> template, EventMetrics metrics, String bootstrapServers,
            int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
        this(template, metrics, bootstrapServers, Map.of(), maxAttempts, initialBackoff, maxBackoff);
    }

    /** @param clientSecurity login settings for the admin client that creates dead-letter topics */
    public DeadLetterRouting(KafkaOperations<Object, byte[]> template, EventMetrics metrics, String bootstrapServers,
            Map<String, Object> clientSecurity, int maxAttempts, Duration initialBackoff,
            Duration maxBackoff) {
        this.clientSecurity = Map.copyOf(clientSecurity);
        this.template = template;
        this.metrics = metrics;
        this.bootstrapServers = bootstrapServers;
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
    }

    @Override
    public boolean retryAndDlqInBinding(String destinationName, String group) {
        return false;
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff) {
        for (String topic : destinationName.split(",")) {
            provision(Topics.deadLetter(topic.trim()));
        }
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        recoverer.setFailIfSendResultIsError(true);
        recoverer.addHeadersFunction(DeadLetterRouting::headers);
        ExponentialBackOffWithMaxRetries retries = new ExponentialBackOffWithMaxRetries(Math.max(0, maxAttempts - 1));
        retries.setInitialInterval(initialBackoff.toMillis());
        retries.setMultiplier(2.0);
        retries.setMaxInterval(maxBackoff.toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler((record, exception) -> {
            recoverer.accept(record, exception);
            metrics.deadLettered(eventType(record), record.topic(), reason(exception));
            log.warn("dead-lettered {}-{}@{} to {}: {}", record.topic(), record.partition(), record.offset(),
                    Topics.deadLetter(record.topic()), reason(exception));
        }, retries);
        handler.addNotRetryableExceptions(InvalidEventException.class);
        container.setCommonErrorHandler(handler);
    }

    private static Headers headers(ConsumerRecord<?, ?> record, Exception exception) {
        Throwable cause = rootCause(exception);
        RecordHeaders headers = new RecordHeaders();
        add(headers, DeadLetterHeaders.REASON, reason(exception));
        add(headers, DeadLetterHeaders.DETAIL, String.valueOf(cause.getMessage()));
        add(headers, DeadLetterHeaders.ORIGINAL_TOPIC, record.topic());
        add(headers, DeadLetterHeaders.ORIGINAL_PARTITION, Integer.toString(record.partition()));
        add(headers, DeadLetterHeaders.ORIGINAL_OFFSET, Long.toString(record.offset()));
        add(headers, DeadLetterHeaders.EXCEPTION_CLASS, cause.getClass().getName());
        add(headers, DeadLetterHeaders.DEAD_LETTERED_AT, Instant.now().toString());
        return headers;
    }

    private static String eventType(ConsumerRecord<?, ?> record) {
        Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        return type == null || type.value() == null ? null : new String(type.value(), StandardCharsets.UTF_8);
    }

    static String reason(Exception exception) {
        InvalidEventException invalid = invalid(exception);
        return invalid == null ? DeadLetterHeaders.PROCESSING_FAILED : invalid.reason().code();
    }

    private static InvalidEventException invalid(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof InvalidEventException invalid) {
                return invalid;
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable exception) {
        InvalidEventException invalid = invalid(exception);
        if (invalid != null) {
            return invalid;
        }
        Throwable t = exception;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Creates the dead-letter topic up front (same partition count as the broker default). */
    private void provision(String deadLetterTopic) {
        if (!provisioned.add(deadLetterTopic)) {
            return;
        }
        try (Admin admin = ShortLivedAdmin.open(bootstrapServers, clientSecurity)) {
            if (!admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(deadLetterTopic)) {
                admin.createTopics(List.of(new NewTopic(deadLetterTopic, java.util.Optional.empty(),
                        java.util.Optional.empty()))).all().get(10, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            if (e.getCause() instanceof TopicExistsException) {
                return; // another consumer of the same topic created it first: what was wanted
            }
            // the broker may auto-create it on first use; a missing topic is reported then
            provisioned.remove(deadLetterTopic);
            log.warn("could not create dead-letter topic {}: {}", deadLetterTopic, e.toString());
        }
    }
}
