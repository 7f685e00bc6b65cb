package nl.talentcharter.eventkit.outbox;

import java.util.Optional;

/** The W3C {@code traceparent} of the current span, captured when an event is recorded. */
@FunctionalInterface
public interface TraceparentSource {

    Optional<String> current();

    static TraceparentSource none() {
        return Optional::empty;
    }
}
