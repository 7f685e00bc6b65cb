package nl.talentcharter.members.persistence;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.ConsentPurpose;
import nl.talentcharter.members.domain.Consent;
import nl.talentcharter.members.domain.Contact;
import nl.talentcharter.members.domain.ContactDetails;
import nl.talentcharter.members.domain.ContactId;
import nl.talentcharter.members.domain.Erasure;
import nl.talentcharter.members.domain.FirstContact;
import nl.talentcharter.members.domain.HistoryEntry;
import nl.talentcharter.members.domain.KvkNumber;
import nl.talentcharter.members.domain.Location;
import nl.talentcharter.members.domain.Member;
import nl.talentcharter.members.domain.MemberId;
import nl.talentcharter.members.domain.Municipality;
import nl.talentcharter.members.domain.OrganisationProfile;

/** Between the member aggregate and its document; the document keeps its id, version and outbox. */
final class MemberDocumentMapper {

    private MemberDocumentMapper() {
    }

    static Member toMember(MemberDocument d) {
        OrganisationProfile profile = new OrganisationProfile(d.legalName, new KvkNumber(d.kvkNumber), d.kind,
                d.educationLevel, d.sector, d.employees,
                new Location(d.placeName, d.country, d.municipality == null ? null : Municipality.of(d.municipality)),
                actionLines(d.actionLines));
        FirstContact firstContact = d.firstContactChannel == null ? null
                : new FirstContact(d.firstContactChannel, d.firstContactReference);
        return Member.restore(new MemberId(d.id), profile, d.frontRunner, d.status, d.membershipPeriod, firstContact,
                d.contacts.stream().map(MemberDocumentMapper::toContact).toList(),
                d.history.stream().map(MemberDocumentMapper::toHistoryEntry).toList());
    }

    /** Copies the member's state onto {@code d}; the outbox and version stay as they are. */
    static void copy(Member m, MemberDocument d) {
        OrganisationProfile p = m.profile();
        d.id = m.id().value();
        d.legalName = p.legalName();
        d.kvkNumber = p.kvkNumber().value();
        d.kind = p.kind();
        d.educationLevel = p.educationLevel();
        d.sector = p.sector();
        d.employees = p.employees();
        d.sizeClass = p.sizeClass();
        d.placeName = p.location().placeName();
        d.country = p.location().country();
        d.municipality = p.location().municipality() == null ? null : p.location().municipality().name();
        d.region = p.region();
        d.frontRunner = m.isFrontRunner();
        d.actionLines = p.actionLinesInOrder();
        d.status = m.status();
        d.membershipPeriod = m.membershipPeriod();
        d.firstContactChannel = m.firstContact().map(FirstContact::channel).orElse(null);
        d.firstContactReference = m.firstContact().map(FirstContact::reference).orElse(null);
        d.contacts = m.contacts().stream().map(MemberDocumentMapper::toStored).toList();
        d.history = m.history().stream().map(MemberDocumentMapper::toStored).toList();
    }

    private static Set<ActionLine> actionLines(List<ActionLine> stored) {
        return stored == null || stored.isEmpty() ? Set.of() : EnumSet.copyOf(stored);
    }

    private static Contact toContact(MemberDocument.StoredContact c) {
        Map<ConsentPurpose, Consent> consents = new EnumMap<>(ConsentPurpose.class);
        if (c.consents() != null) {
            c.consents().forEach(s -> consents.put(s.purpose(),
                    new Consent(s.purpose(), s.granted(), s.recordedAt(), s.source())));
        }
        boolean erased = c.erasedAt() != null;
        return Contact.restore(new ContactId(c.id()), c.registeredAt(),
                erased ? null : new ContactDetails(c.name(), c.email(), c.jobTitle()), consents,
                erased ? new Erasure(c.erasedAt(), c.erasedBy()) : null);
    }

    private static MemberDocument.StoredContact toStored(Contact c) {
        List<MemberDocument.StoredConsent> consents = c.consents().values().stream()
                .map(s -> new MemberDocument.StoredConsent(s.purpose(), s.granted(), s.recordedAt(), s.source()))
                .toList();
        return new MemberDocument.StoredContact(c.id().value(), c.registeredAt(),
                c.details().map(ContactDetails::name).orElse(null),
                c.details().map(ContactDetails::email).orElse(null),
                c.details().map(ContactDetails::jobTitle).orElse(null), consents,
                c.erasure().map(Erasure::erasedAt).orElse(null), c.erasure().map(Erasure::erasedBy).orElse(null));
    }

    private static HistoryEntry toHistoryEntry(MemberDocument.StoredHistoryEntry h) {
        return new HistoryEntry(h.at(), h.actor(), h.action(), h.contactId(), h.reason(),
                h.changes() == null ? List.of() : h.changes().stream()
                        .map(c -> new HistoryEntry.FieldChange(c.field(), c.from(), c.to())).toList());
    }

    private static MemberDocument.StoredHistoryEntry toStored(HistoryEntry h) {
        return new MemberDocument.StoredHistoryEntry(h.at(), h.actor(), h.action(), h.contactId(), h.reason(),
                h.changes().stream().map(c -> new MemberDocument.StoredFieldChange(c.field(), c.from(), c.to()))
                        .toList());
    }
}
