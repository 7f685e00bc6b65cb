package nl.talentcharter.eventkit.relay;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import nl.talentcharter.eventkit.cloudevents.CloudEventRecords;
import nl.talentcharter.eventkit.metrics.EventMetrics;
import nl.talentcharter.eventkit.outbox.OutboxEntry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.bson.Document;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaOperations;

/**
 * Publishes outbox entries to Kafka and then removes exactly those entries from their documents.
 *
 * <p>One worker thread does all the work, which keeps each aggregate's events in sequence order, makes
 * concurrent drains of the same document impossible, and bounds what a down broker can tie up to that
 * one thread. It drains documents that were just saved ({@link #requestDrain}) and, every
 * {@code sweepInterval} and once at start, every document of every carrier collection that still has
 * entries, so an event left behind by a crash is published by the next sweep.
 *
 * <p>Per round it sends the records of up to {@code batchSize} documents in one Kafka transaction
 * (idempotent, {@code acks=all}), and once it is committed removes exactly those entries. A crash between
 * the commit and the removal publishes them again: at-least-once, which consumers absorb by their
 * idempotency records. A failed round is aborted as a whole, so per aggregate no event becomes visible
 * before its predecessors. A Resilience4j circuit breaker guards the broker: while it is open, rounds are
 * skipped with growing pauses, nothing is lost (the entries stay in their documents) and the backlog
 * drains in order once the broker is back.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final CodecRegistry STORED_OUTBOXES = CodecRegistries.fromRegistries(
            CodecRegistries.fromCodecs(new StoredOutboxCodec(MongoClientSettings.getDefaultCodecRegistry())),
            MongoClientSettings.getDefaultCodecRegistry());

    private final MongoTemplate mongo;
    private final KafkaOperations<String, byte[]> kafka;
    private final CircuitBreaker breaker;
    private final Supplier<List<String>> collections;
    private final RelayProperties properties;
    private final EventMetrics metrics;
    private final RelayHook hook;

    private final Object lock = new Object();
    private final LinkedHashSet<DocumentRef> dirty = new LinkedHashSet<>();
    /**
     * Removes what a round published while the next round is sent: on the embedded store the removal
     * costs about as much as the publishing, so overlapping them nearly halves a round (docs/benchmarks.md).
     * One thread, so removals stay in round order.
     */
    private final ExecutorService remover = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "eventkit-outbox-remover");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<DocumentRef, Future<?>> removing = new java.util.concurrent.ConcurrentHashMap<>();
    private boolean sweepRequested = true;
    private final RelayWorker worker = new RelayWorker("eventkit-outbox-relay", lock, this::run);

    public OutboxRelay(MongoTemplate mongo, KafkaOperations<String, byte[]> kafka, CircuitBreaker breaker,
            Supplier<List<String>> collections, RelayProperties properties, EventMetrics metrics, RelayHook hook) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.breaker = breaker;
        this.collections = collections;
        this.properties = properties;
        this.metrics = metrics;
        this.hook = hook;
    }

    /** Schedules the document's pending entries for publishing; returns at once. */
    public void requestDrain(String collection, Object id) {
        synchronized (lock) {
            dirty.add(new DocumentRef(collection, id));
            lock.notifyAll();
        }
    }

    /** Schedules a scan of all carrier collections; returns at once. */
    public void requestSweep() {
        synchronized (lock) {
            sweepRequested = true;
            lock.notifyAll();
        }
    }

    public CircuitBreaker.State circuitState() {
        return breaker.getState();
    }

    @Override
    public void start() {
        worker.start();
    }

    @Override
    public void stop() {
        worker.stop(Duration.ofSeconds(10));
        // what was published is removed before the store goes away, or it would go out again next start
        awaitAllRemovals();
    }

    @Override
    public boolean isRunning() {
        return worker.running();
    }

    private void run() {
        Duration backoff = properties.initialBackoff();
        long nextSweep = System.nanoTime();
        while (worker.running()) {
            List<DocumentRef> batch = List.of();
            try {
                if (sweepDue(nextSweep)) {
                    nextSweep = System.nanoTime() + properties.sweepInterval().toNanos();
                    sweep();
                }
                batch = take(properties.batchSize());
                if (batch.isEmpty()) {
                    awaitWork(nextSweep);
                    continue;
                }
                List<DocumentRef> unfinished = drain(batch);
                if (unfinished.isEmpty()) {
                    backoff = properties.initialBackoff();
                } else {
                    putBack(unfinished);
                    pause(backoff);
                    backoff = doubled(backoff);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                metrics.relayFailure();
                log.warn("outbox relay round failed, retrying in {}: {}", backoff, e.toString());
                putBack(batch);
                try {
                    pause(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = doubled(backoff);
            }
        }
    }

    /** Publishes the pending entries of {@code batch}; returns the documents that still have unsent ones. */
    List<DocumentRef> drain(List<DocumentRef> batch) {
        awaitRemovalOf(batch);
        return publishRound(load(batch));
    }

    /** One round: the documents' entries in one transaction; returns the documents still to be done. */
    private List<DocumentRef> publishRound(List<PendingDocument> pending) {
        if (pending.isEmpty()) {
            return List.of();
        }
        if (!breaker.tryAcquirePermission()) {
            return pending.stream().map(PendingDocument::ref).toList();
        }
        long started = System.nanoTime();
        try {
            publish(pending);
        } catch (RuntimeException failure) {
            if (isPoison(failure)) {
                // the broker answered; one document's events can never be published as they are
                breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                return isolatePoison(pending);
            }
            breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, failure);
            metrics.relayFailure();
            log.warn("outbox relay: publishing {} documents' events failed ({}); they stay in their outboxes",
                    pending.size(), failure.toString());
            return pending.stream().map(PendingDocument::ref).toList();
        } catch (Error error) {
            breaker.releasePermission();
            throw error;
        }
        breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        removeLater(pending);
        return List.of();
    }

    private void removeLater(List<PendingDocument> pending) {
        List<DocumentRef> refs = pending.stream().map(PendingDocument::ref).toList();
        Future<?> removal = remover.submit(() -> {
            try {
                published(pending);
            } catch (RuntimeException failure) {
                // the entries stay in their documents and go out again: at-least-once, absorbed by consumers
                metrics.relayFailure();
                log.warn("outbox relay: removing published entries failed ({}); they will be published again",
                        failure.toString());
                putBack(refs);
                synchronized (lock) {
                    lock.notifyAll();
                }
            } finally {
                refs.forEach(removing::remove);
            }
        });
        refs.forEach(ref -> removing.put(ref, removal));
    }

    /** Waits until earlier rounds' removals of {@code refs} are done, so they are not loaded and sent twice. */
    private void awaitRemovalOf(List<DocumentRef> refs) {
        for (DocumentRef ref : refs) {
            Future<?> removal = removing.get(ref);
            if (removal != null) {
                awaitQuietly(removal);
            }
        }
    }

    private void awaitAllRemovals() {
        for (Future<?> removal : List.copyOf(removing.values())) {
            awaitQuietly(removal);
        }
    }

    private static void awaitQuietly(Future<?> removal) {
        try {
            removal.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            // reported by the removal task itself
        }
    }

    /**
     * Publishes the round in one Kafka transaction: either every record of the round is committed or
     * none is visible to read_committed consumers. Without it, a record whose send failed while the
     * broker was down could be overtaken by a later record of the same aggregate (ADR 0020).
     */
    private void publish(List<PendingDocument> documents) {
        kafka.executeInTransaction(operations -> {
            for (PendingDocument document : documents) {
                for (ProducerRecord<String, byte[]> record : document.records()) {
                    operations.send(record);
                }
            }
            return null;
        });
    }

    private void published(List<PendingDocument> documents) {
        hook.acknowledged(documents.stream().flatMap(d -> d.entries().stream()).toList());
        remove(documents);
    }

    /**
     * One document at a time, so that a poison document (an event too large for the broker, an invalid
     * topic) neither blocks the others nor is lost: it stays in its outbox, is reported, and is tried
     * again at the next sweep.
     */
    private List<DocumentRef> isolatePoison(List<PendingDocument> pending) {
        List<DocumentRef> unfinished = new ArrayList<>();
        for (PendingDocument document : pending) {
            try {
                publish(List.of(document));
                published(List.of(document));
            } catch (RuntimeException failure) {
                if (isPoison(failure)) {
                    poisoned(document.ref(), failure);
                } else {
                    unfinished.add(document.ref());
                }
            }
        }
        return unfinished;
    }

    private void poisoned(DocumentRef ref, Exception failure) {
        metrics.relayPoison();
        log.error("outbox relay: the events of {} in {} cannot be published ({}); they stay in the outbox and "
                + "block only this aggregate until fixed", ref.id(), ref.collection(), failure.toString());
    }

    /** Failures that retrying cannot cure, caused by the records themselves rather than the broker. */
    static boolean isPoison(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RecordTooLargeException || t instanceof InvalidTopicException
                    || t instanceof SerializationException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * The published entries leave by {@code $pull}, nothing else changes. Every entry up to the highest
     * sequence loaded for a document was published in this round (entries are appended in sequence order,
     * and a concurrent save can only add higher ones), so documents that share that highest sequence are
     * cleaned by ONE {@code updateMany}: on the embedded store a per-document update is what a round costs
     * most (docs/benchmarks.md). The filter is exactly {@code {_id: {$in: ...}}}: mongo-java-server uses its
     * {@code _id} index only for a filter on {@code _id} alone, any further condition scans the collection.
     */
    private void remove(List<PendingDocument> documents) {
        Map<String, Map<Long, List<Object>>> idsByCollectionAndSequence = new LinkedHashMap<>();
        Map<String, int[]> perType = new LinkedHashMap<>();
        for (PendingDocument document : documents) {
            long highest = document.entries().get(document.entries().size() - 1).sequence();
            idsByCollectionAndSequence.computeIfAbsent(document.ref().collection(), c -> new LinkedHashMap<>())
                    .computeIfAbsent(highest, s -> new ArrayList<>()).add(document.ref().id());
            for (OutboxEntry entry : document.entries()) {
                perType.computeIfAbsent(entry.type() + "\u0000" + entry.topic(), k -> new int[1])[0]++;
            }
        }
        idsByCollectionAndSequence.forEach((collection, bySequence) -> bySequence.forEach((highest, ids) ->
                mongo.getCollection(collection).updateMany(Filters.in("_id", ids),
                        PendingOutboxQuery.pullUpTo(highest))));
        perType.forEach((key, count) -> {
            String[] parts = key.split("\u0000", 2);
            metrics.published(parts[0], parts[1], count[0]);
        });
    }

    private List<PendingDocument> load(List<DocumentRef> batch) {
        Map<String, List<Object>> idsByCollection = new LinkedHashMap<>();
        for (DocumentRef ref : batch) {
            idsByCollection.computeIfAbsent(ref.collection(), c -> new ArrayList<>()).add(ref.id());
        }
        List<PendingDocument> pending = new ArrayList<>();
        // by _id alone: mongo-java-server uses its _id index only then; documents without entries are skipped below
        idsByCollection.forEach((collection, ids) -> {
            for (StoredOutbox stored : outboxes(collection).find(Filters.in("_id", ids), StoredOutbox.class)
                    .projection(Projections.include(PendingOutboxQuery.ENTRIES))) {
                PendingDocument loaded = toPending(collection, stored);
                if (loaded != null) {
                    pending.add(loaded);
                }
            }
        });
        return pending;
    }

    private MongoCollection<Document> outboxes(String collection) {
        return mongo.getCollection(collection).withCodecRegistry(STORED_OUTBOXES);
    }

    /** Null when there is nothing to publish or the entries cannot even be turned into records. */
    private PendingDocument toPending(String collection, StoredOutbox stored) {
        DocumentRef ref = new DocumentRef(collection, stored.id());
        if (!stored.readable()) {
            poisoned(ref, stored.unreadable());
            return null;
        }
        if (stored.entries().isEmpty()) {
            return null;
        }
        try {
            return new PendingDocument(ref, stored.entries(),
                    stored.entries().stream().map(CloudEventRecords::toRecord).toList());
        } catch (RuntimeException unconvertible) {
            poisoned(ref, unconvertible);
            return null;
        }
    }

    /**
     * Publishes, in rounds of {@code batchSize}, every document that has pending entries, straight from
     * what the scan read (no second read per document); refreshes the backlog gauge. Documents of failed
     * rounds go to the dirty set, where the worker's back-off applies.
     */
    void sweep() {
        synchronized (lock) {
            sweepRequested = false;
        }
        // a document whose removal is still running would be found pending and sent again
        awaitAllRemovals();
        long backlog = 0;
        for (String collection : collections.get()) {
            List<PendingDocument> round = new ArrayList<>();
            for (StoredOutbox stored : outboxes(collection).find(PendingOutboxQuery.filter(), StoredOutbox.class)
                    .projection(Projections.include(PendingOutboxQuery.ENTRIES))) {
                // a poison document's entries are backlog too: they wait in the store
                backlog += stored.waiting();
                PendingDocument pending = toPending(collection, stored);
                if (pending != null) {
                    round.add(pending);
                }
                if (round.size() >= properties.batchSize()) {
                    putBack(publishRound(round));
                    round = new ArrayList<>();
                }
            }
            putBack(publishRound(round));
        }
        awaitAllRemovals();
        metrics.backlog(backlog);
    }

    private boolean sweepDue(long nextSweep) {
        synchronized (lock) {
            return sweepRequested || System.nanoTime() - nextSweep >= 0;
        }
    }

    private List<DocumentRef> take(int max) {
        synchronized (lock) {
            List<DocumentRef> batch = new ArrayList<>(Math.min(max, dirty.size()));
            Iterator<DocumentRef> it = dirty.iterator();
            while (it.hasNext() && batch.size() < max) {
                batch.add(it.next());
                it.remove();
            }
            return batch;
        }
    }

    private void putBack(List<DocumentRef> refs) {
        synchronized (lock) {
            dirty.addAll(refs);
        }
    }

    private void awaitWork(long nextSweep) throws InterruptedException {
        synchronized (lock) {
            long waitNanos = nextSweep - System.nanoTime();
            if (dirty.isEmpty() && !sweepRequested && worker.running() && waitNanos > 0) {
                TimeUnit.NANOSECONDS.timedWait(lock, waitNanos);
            }
        }
    }

    private void pause(Duration duration) throws InterruptedException {
        synchronized (lock) {
            if (worker.running()) {
                // new drain requests must not cut a back-off short: the broker is what we wait for
                long deadline = System.nanoTime() + duration.toNanos();
                long left;
                while (worker.running() && (left = deadline - System.nanoTime()) > 0) {
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                }
            }
        }
    }

    private Duration doubled(Duration backoff) {
        Duration next = backoff.multipliedBy(2);
        return next.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : next;
    }

    record DocumentRef(String collection, Object id) {
    }

    private record PendingDocument(DocumentRef ref, List<OutboxEntry> entries,
            List<ProducerRecord<String, byte[]>> records) {
    }
}
