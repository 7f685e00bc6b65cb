package nl.talentcharter.hrscans.persistence;

import java.time.Instant;
import nl.talentcharter.eventkit.outbox.Outbox;
import nl.talentcharter.eventkit.outbox.OutboxCarrier;
import nl.talentcharter.hrscans.domain.scan.HrScan;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One HR scan in one document: its whole state (field {@value #SCAN}), the events not yet published, and a
 * version for optimistic locking. Saving it writes state and events in one atomic write (ADR 0020), which
 * is also what makes an overdue follow-up announced exactly once: the announcement is part of the state.
 */
@Document(ScanDocument.COLLECTION)
public class ScanDocument implements OutboxCarrier {

    public static final String COLLECTION = "scans";
    /** The field holding {@link HrScan.State}; queries address its members as {@code scan.<field>}. */
    public static final String SCAN = "scan";

    @Id
    String id;
    @Version
    Long version;
    HrScan.State scan;
    Instant updatedAt;
    Outbox outbox = new Outbox();

    @Override
    public String getId() {
        return id;
    }

    @Override
    public Outbox getOutbox() {
        return outbox;
    }
}
