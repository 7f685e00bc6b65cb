package nl.talentcharter.events.persistence;

import java.time.Instant;
import nl.talentcharter.contracts.events.Audience;
import nl.talentcharter.contracts.events.EventKind;
import nl.talentcharter.eventkit.outbox.Outbox;
import nl.talentcharter.eventkit.outbox.OutboxCarrier;
import nl.talentcharter.events.domain.Gathering;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One gathering in one document: the aggregate with every registration and its waitlist, and the outbox of
 * events not yet published. One write carries state and events; {@code @Version} makes two writes that
 * started from the same state collide instead of both taking the last seat (ADR 0071).
 *
 * <p>The aggregate is mapped field by field as it is ({@code gathering}); kind, audience, start and
 * cancellation are copied to the top for listing and the calendar feeds.
 */
@Document(GatheringDocument.COLLECTION)
public class GatheringDocument implements OutboxCarrier {

    public static final String COLLECTION = "gatherings";

    @Id
    String id;
    @Version
    Long version;

    EventKind kind;
    Audience audience;
    Instant startsAt;
    boolean cancelled;

    Gathering gathering;
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

    void copy(Gathering from, Instant now) {
        id = from.id().value();
        kind = from.kind();
        audience = from.audience();
        startsAt = from.schedule().startsAt();
        cancelled = from.isCancelled();
        gathering = from;
        updatedAt = now;
    }
}
