package nl.talentcharter.eventkit.outbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;

/**
 * The events an aggregate has produced but the relay has not yet published, kept as field
 * {@value #FIELD} of the aggregate's own document.
 *
 * <p>Because the outbox lives in the same document as the state it describes, saving the document
 * writes the state change and its events in one atomic single-document write: there is no moment in
 * which one exists without the other, and no multi-document transaction is needed.
 *
 * <p>{@code lastSequence} only grows, also after the relay removed published entries, so every event of
 * one aggregate carries a unique, gap-free sequence number.
 */
public class Outbox {

    /** The field name in the aggregate document; the relay addresses it directly. */
    public static final String FIELD = "outbox";

    private long lastSequence;
    private final List<OutboxEntry> entries;
    /**
     * The highest sequence already in the store when this outbox was read (or last written). Entries up to
     * it may have been published and removed by the relay since: a save must not write them back, only
     * append what came after ({@link OutboxMongoTemplate}).
     */
    @Transient
    private long storedSequence;

    public Outbox() {
        this(0, new ArrayList<>());
    }

    @PersistenceCreator
    Outbox(long lastSequence, List<OutboxEntry> entries) {
        this.lastSequence = lastSequence;
        this.entries = entries == null ? new ArrayList<>() : new ArrayList<>(entries);
        this.storedSequence = lastSequence;
    }

    public long lastSequence() {
        return lastSequence;
    }

    /** Not yet published, in sequence order. */
    public List<OutboxEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Recorded since this outbox was read or last written: what the next save appends. */
    List<OutboxEntry> unstored() {
        return entries.stream().filter(entry -> entry.sequence() > storedSequence).toList();
    }

    long storedSequence() {
        return storedSequence;
    }

    void stored() {
        storedSequence = lastSequence;
    }

    long nextSequence() {
        return lastSequence + 1;
    }

    void append(OutboxEntry entry) {
        if (entry.sequence() != nextSequence()) {
            throw new IllegalArgumentException("expected sequence " + nextSequence() + " but got " + entry.sequence());
        }
        entries.add(entry);
        lastSequence = entry.sequence();
    }
}
