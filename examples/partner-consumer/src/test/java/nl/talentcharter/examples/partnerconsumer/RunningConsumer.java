package nl.talentcharter.examples.partnerconsumer;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** A {@link PartnerConsumer} on its own thread, recording what it handled and reported, as a test sees it. */
final class RunningConsumer implements AutoCloseable {

    final List<ReceivedEvent> handled = new CopyOnWriteArrayList<>();
    final List<InvalidEvent> reported = new CopyOnWriteArrayList<>();
    private final PartnerConsumer consumer;
    private final CompletableFuture<Void> run;

    RunningConsumer(String bootstrapServers, String group, List<String> topics, SchemaCatalog schemas,
            EventHandler handler) {
        Properties kafka = new Properties();
        kafka.put("bootstrap.servers", bootstrapServers);
        kafka.put("group.id", group);
        consumer = new PartnerConsumer(kafka, topics, schemas, event -> {
            handler.handle(event);
            handled.add(event);
        }, reported::add);
        run = CompletableFuture.runAsync(consumer);
    }

    RunningConsumer(String bootstrapServers, String group, List<String> topics, SchemaCatalog schemas) {
        this(bootstrapServers, group, topics, schemas, event -> { });
    }

    List<String> handledIds() {
        return handled.stream().map(ReceivedEvent::id).toList();
    }

    List<String> reportedIds() {
        return reported.stream().map(InvalidEvent::id).toList();
    }

    /** How the run ended, once it has (null if it is still running). */
    Throwable failure() {
        if (!run.isDone()) {
            return null;
        }
        try {
            run.getNow(null);
            return null;
        } catch (RuntimeException e) {
            return e.getCause() != null ? e.getCause() : e;
        }
    }

    boolean isDone() {
        return run.isDone();
    }

    /** Stops and waits until the last records in hand are committed. */
    @Override
    public void close() throws InterruptedException, ExecutionException {
        consumer.stop();
        try {
            run.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the consumer did not stop within 30 s", e);
        } catch (ExecutionException expectedWhenItFailed) {
            if (failure() == null) {
                throw expectedWhenItFailed;
            }
        }
    }
}
