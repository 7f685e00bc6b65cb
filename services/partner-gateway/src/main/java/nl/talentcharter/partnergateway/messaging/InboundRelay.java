package nl.talentcharter.partnergateway.messaging;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.talentcharter.contracts.Topics;
import nl.talentcharter.eventkit.cloudevents.CloudEventHeaders;
import nl.talentcharter.eventkit.cloudevents.CloudEventRecords;
import nl.talentcharter.eventkit.config.EventKitProducers;
import nl.talentcharter.eventkit.outbox.OutboxEntry;
import nl.talentcharter.eventkit.relay.RelayWorker;
import nl.talentcharter.partnergateway.persistence.AcceptedMessageDocument;
import nl.talentcharter.partnergateway.persistence.AcceptedMessages;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes accepted partner messages to {@link Topics#PARTNERS_INBOUND} and then marks them relayed: at least
 * once (a crash between the two publishes again), which consumers absorb by {@code ce_source} + {@code ce_id}.
 *
 * <p>Not the event-kit's outbox relay, on purpose (ADR 0113): that one publishes an aggregate's history with a
 * {@code ce_sequence}; a partner message keeps the partner's id and source and has no sequence, so consumers'
 * {@code IdempotentEffects} apply it once per id. The records are built by the same {@link CloudEventRecords}, so
 * the headers are the platform's, minus {@code ce_sequence}.
 *
 * <p>One worker thread: woken when a message is accepted, and sweeping every {@code sweep-interval} for what a
 * crash or a broker outage left behind. Oldest first, so one subject's messages keep their order.
 */
@Component
public class InboundRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboundRelay.class);
    private static final int BATCH = 100;

    private final AcceptedMessages messages;
    private final KafkaTemplate<String, byte[]> kafka;
    private final Duration sweepInterval;
    private final Object lock = new Object();
    private boolean wanted = true;
    private final RelayWorker worker = new RelayWorker("partner-inbound-relay", lock, this::run);

    public InboundRelay(AcceptedMessages messages, EventKitProducers producers,
            @Value("${gateway.relay.sweep-interval:5s}") Duration sweepInterval) {
        this.messages = messages;
        this.kafka = producers.plainTemplate();
        this.sweepInterval = sweepInterval;
    }

    /** Something was accepted: relay soon. Returns at once. */
    public void wake() {
        synchronized (lock) {
            wanted = true;
            lock.notifyAll();
        }
    }

    static ProducerRecord<String, byte[]> toRecord(AcceptedMessageDocument message) {
        // sequence 1 only to satisfy OutboxEntry; the header is removed below
        ProducerRecord<String, byte[]> record = CloudEventRecords.toRecord(new OutboxEntry(message.getEventId(),
                message.getType(), message.getSource(), message.getSubject(), 1, message.getTime(),
                message.getDataschema(), Topics.PARTNERS_INBOUND, message.getData(), null));
        record.headers().remove(CloudEventHeaders.SEQUENCE);
        return record;
    }

    private void run() {
        Duration backoff = Duration.ofMillis(200);
        while (worker.running()) {
            try {
                synchronized (lock) {
                    if (!wanted) {
                        lock.wait(sweepInterval.toMillis());
                    }
                    wanted = false;
                }
                while (worker.running() && relayBatch() == BATCH) {
                    // a full batch: there may be more
                }
                backoff = Duration.ofMillis(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("relaying partner messages failed, retrying in {}: {}", backoff, e.toString());
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : backoff.multipliedBy(2);
                wake();
            }
        }
    }

    private int relayBatch() throws InterruptedException {
        List<AcceptedMessageDocument> pending = messages.pending(BATCH);
        if (pending.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<?>> sends = pending.stream().<CompletableFuture<?>>map(m -> kafka.send(toRecord(m))).toList();
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("publishing to " + Topics.PARTNERS_INBOUND + " failed", e);
        }
        messages.markRelayed(pending.stream().map(AcceptedMessageDocument::getId).toList());
        return pending.size();
    }

    @Override
    public void start() {
        worker.start();
    }

    @Override
    public void stop() {
        worker.stop(Duration.ofSeconds(10));
    }

    @Override
    public boolean isRunning() {
        return worker.running();
    }
}
