package nl.talentcharter.sprints.persistence;

import java.time.Instant;
import nl.talentcharter.eventkit.outbox.Outbox;
import nl.talentcharter.eventkit.outbox.OutboxCarrier;
import nl.talentcharter.sprints.domain.sprint.Sprint;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One sprint in one document: its state, the events not yet published and a version for optimistic locking,
 * so state and events are written together (ADR 0020) and a concurrent change is never lost.
 */
@Document(SprintDocument.COLLECTION)
public class SprintDocument implements OutboxCarrier {

    public static final String COLLECTION = "sprints";
    public static final String SPRINT = "sprint";

    @Id
    String id;
    @Version
    Long version;
    Sprint.State sprint;
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
