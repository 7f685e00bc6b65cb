package nl.talentcharter.members.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import nl.talentcharter.contracts.vocabulary.ConsentPurpose;

/**
 * A person the alliance talks to at a member organisation. Personal data; referred to elsewhere only
 * by its pseudonymous {@link ContactId}. Erasing keeps a tombstone and drops everything personal,
 * consents included (they are meaningless without the person).
 */
public final class Contact {

    private final ContactId id;
    private final Instant registeredAt;
    private ContactDetails details;
    private final Map<ConsentPurpose, Consent> consents;
    private Erasure erasure;

    private Contact(ContactId id, Instant registeredAt, ContactDetails details, Map<ConsentPurpose, Consent> consents,
            Erasure erasure) {
        this.id = id;
        this.registeredAt = registeredAt;
        this.details = details;
        this.consents = new EnumMap<>(ConsentPurpose.class);
        this.consents.putAll(consents);
        this.erasure = erasure;
    }

    static Contact register(ContactId id, ContactDetails details, Instant now) {
        return new Contact(id, now, details, Map.of(), null);
    }

    /** Rebuilds a stored contact; for persistence only. */
    public static Contact restore(ContactId id, Instant registeredAt, ContactDetails details,
            Map<ConsentPurpose, Consent> consents, Erasure erasure) {
        if ((details == null) == (erasure == null)) {
            throw new IllegalStateException("a contact has either details or an erasure tombstone: " + id);
        }
        return new Contact(id, registeredAt, details, consents, erasure);
    }

    public ContactId id() {
        return id;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    /** Empty once erased. */
    public Optional<ContactDetails> details() {
        return Optional.ofNullable(details);
    }

    public Map<ConsentPurpose, Consent> consents() {
        return Collections.unmodifiableMap(consents);
    }

    public Optional<Consent> consent(ConsentPurpose purpose) {
        return Optional.ofNullable(consents.get(purpose));
    }

    public Optional<Erasure> erasure() {
        return Optional.ofNullable(erasure);
    }

    public boolean isErased() {
        return erasure != null;
    }

    java.util.List<String> changeDetails(ContactDetails newDetails) {
        requireNotErased();
        java.util.List<String> changed = newDetails.differencesFrom(details);
        details = newDetails;
        return changed;
    }

    /** @return whether anything changed (recording the same decision again only refreshes nothing) */
    boolean record(Consent consent) {
        requireNotErased();
        Consent previous = consents.get(consent.purpose());
        if (previous != null && previous.granted() == consent.granted()) {
            return false;
        }
        consents.put(consent.purpose(), consent);
        return true;
    }

    void erase(Erasure tombstone) {
        requireNotErased();
        details = null;
        consents.clear();
        erasure = tombstone;
    }

    private void requireNotErased() {
        if (erasure != null) {
            throw new ContactAlreadyErased(id);
        }
    }
}
