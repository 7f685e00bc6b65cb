package nl.talentcharter.examples.partnerconsumer;

/**
 * What the partner does with a valid event. Delivery is at least once: after a crash the events since the
 * last commit come again, so a handler with lasting effects remembers the {@code id}s it has applied.
 *
 * <p>Throwing stops the consumer without committing the failed event: it is read again after a restart,
 * so a handler failure never loses an event.
 */
@FunctionalInterface
public interface EventHandler {

    void handle(ReceivedEvent event) throws Exception;
}
