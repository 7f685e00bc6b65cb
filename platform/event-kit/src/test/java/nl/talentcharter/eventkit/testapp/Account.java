package nl.talentcharter.eventkit.testapp;

import nl.talentcharter.eventkit.outbox.Outbox;
import nl.talentcharter.eventkit.outbox.OutboxCarrier;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** The aggregate's persistence document: state plus its outbox, saved in one write. */
@Document("accounts")
public class Account implements OutboxCarrier {

    @Id
    private String id;
    @Version
    private Long version;
    private long balance;
    /** Optional state: a save that clears it must remove it from the stored document. */
    private String holder;
    private Outbox outbox = new Outbox();

    protected Account() {
    }

    public Account(String id) {
        this.id = id;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public Outbox getOutbox() {
        return outbox;
    }

    public long getBalance() {
        return balance;
    }

    public void holdBy(String holder) {
        this.holder = holder;
    }

    public void deposit(long amount) {
        balance += amount;
    }
}
