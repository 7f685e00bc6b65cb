package nl.talentcharter.members.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.ConsentPurpose;
import nl.talentcharter.contracts.vocabulary.Country;
import nl.talentcharter.contracts.vocabulary.EducationLevel;
import nl.talentcharter.contracts.vocabulary.FirstContactChannel;
import nl.talentcharter.contracts.vocabulary.OrganisationKind;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import nl.talentcharter.eventkit.outbox.Outbox;
import nl.talentcharter.eventkit.outbox.OutboxCarrier;
import nl.talentcharter.members.domain.MembershipStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One member organisation in one document: profile, lifecycle, contacts, history and the outbox of
 * events not yet published (ADR 0040). Saving it writes state and events in one atomic write.
 * Derived values (region, size class) are stored too, so searches filter on plain fields.
 */
@Document(MemberDocument.COLLECTION)
public class MemberDocument implements OutboxCarrier {

    public static final String COLLECTION = "members";

    @Id
    String id;
    @Version
    Long version;

    String legalName;
    /** Unique (index created by {@link MemberIndexes}): one document per organisation, across all its periods. */
    String kvkNumber;
    OrganisationKind kind;
    EducationLevel educationLevel;
    Sector sector;
    int employees;
    SizeClass sizeClass;
    String placeName;
    Country country;
    String municipality;
    Region region;
    boolean frontRunner;
    List<ActionLine> actionLines = new ArrayList<>();

    MembershipStatus status;
    int membershipPeriod;
    FirstContactChannel firstContactChannel;
    String firstContactReference;

    List<StoredContact> contacts = new ArrayList<>();
    List<StoredHistoryEntry> history = new ArrayList<>();
    Instant createdAt;
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

    /** Personal data lives here only; an erased contact keeps id and tombstone, everything else is null. */
    record StoredContact(String id, Instant registeredAt, String name, String email, String jobTitle,
            List<StoredConsent> consents, Instant erasedAt, String erasedBy) {
    }

    record StoredConsent(ConsentPurpose purpose, boolean granted, Instant recordedAt, String source) {
    }

    record StoredHistoryEntry(Instant at, String actor, String action, String contactId, String reason,
            List<StoredFieldChange> changes) {
    }

    record StoredFieldChange(String field, String from, String to) {
    }
}
