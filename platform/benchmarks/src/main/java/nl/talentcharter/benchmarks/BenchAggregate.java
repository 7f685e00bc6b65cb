package nl.talentcharter.benchmarks;

import nl.talentcharter.eventkit.outbox.Outbox;
import nl.talentcharter.eventkit.outbox.OutboxCarrier;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** An aggregate document shaped like a service's: state, version and its outbox. */
@Document("bench_aggregates")
public class BenchAggregate implements OutboxCarrier {

    @Id
    private String id;
    @Version
    private Long version;
    private int changes;
    private Outbox outbox = new Outbox();

    protected BenchAggregate() {
    }

    BenchAggregate(String id) {
        this.id = id;
    }

    void changed() {
        changes++;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public Outbox getOutbox() {
        return outbox;
    }
}
