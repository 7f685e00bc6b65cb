package nl.talentcharter.eventkit.outbox;

/**
 * A persistence document that carries its aggregate's {@link Outbox} in field {@value Outbox#FIELD}.
 *
 * <p>Implement it on the {@code @Document} class (which should use {@code @Version}), save it with a
 * normal repository or {@code MongoTemplate}: the relay publishes what {@link EventRecorder} put into the
 * outbox right after the save, and a scheduled sweep catches anything a crash left behind. The kit's
 * {@link OutboxMongoTemplate} saves a stored carrier by appending only its new entries, so a copy loaded
 * before the relay removed published entries does not write them back (ADR 0025).
 */
public interface OutboxCarrier {

    String getId();

    /** Never null: initialise the field with {@code new Outbox()}. */
    Outbox getOutbox();
}
