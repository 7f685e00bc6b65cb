package nl.talentcharter.eventkit.relay;

import java.util.List;
import nl.talentcharter.eventkit.outbox.OutboxEntry;

/**
 * What the relay reads of a carrier document: its id and the pending entries in sequence order, or why
 * they cannot be read (then the document is poison: it stays as it is and is reported).
 *
 * @param waiting how many entries wait in the document, readable or not: the backlog it adds
 */
record StoredOutbox(Object id, List<OutboxEntry> entries, int waiting, RuntimeException unreadable) {

    boolean readable() {
        return unreadable == null;
    }
}
