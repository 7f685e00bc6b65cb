package nl.talentcharter.eventkit.inbound;

/** What happened to an event handed to {@link IdempotentEffects}. */
public enum Applied {
    /** The effect was written, together with the record that it was applied. */
    APPLIED,
    /** The document already reflects this event (or a later one of the same aggregate): nothing changed. */
    DUPLICATE
}
