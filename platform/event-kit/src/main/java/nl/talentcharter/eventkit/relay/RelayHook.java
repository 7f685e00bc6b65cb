package nl.talentcharter.eventkit.relay;

import java.util.List;
import nl.talentcharter.eventkit.outbox.OutboxEntry;

/**
 * Called between "the broker acknowledged these entries" and "remove them from the outbox": the window
 * in which a crash makes the relay publish them again. Exists so tests can inject exactly that crash.
 */
@FunctionalInterface
public interface RelayHook {

    void acknowledged(List<OutboxEntry> entries);

    static RelayHook none() {
        return entries -> {
        };
    }
}
