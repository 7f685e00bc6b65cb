package nl.talentcharter.eventkit.testapp;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.talentcharter.eventkit.outbox.OutboxEntry;
import nl.talentcharter.eventkit.relay.RelayHook;
import org.springframework.stereotype.Component;

/** Failure injection: the relay "dies" once after the broker acknowledged an armed aggregate's events. */
@Component
public class RelayCrash implements RelayHook {

    private final Set<String> armed = ConcurrentHashMap.newKeySet();

    public void armFor(String subject) {
        armed.add(subject);
    }

    @Override
    public void acknowledged(List<OutboxEntry> entries) {
        for (OutboxEntry entry : entries) {
            if (armed.remove(entry.subject())) {
                throw new IllegalStateException("simulated relay crash after the acknowledgement of " + entry.eventId());
            }
        }
    }
}
