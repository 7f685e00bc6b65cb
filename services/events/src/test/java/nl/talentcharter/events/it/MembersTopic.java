package nl.talentcharter.events.it;

import java.util.List;
import nl.talentcharter.contracts.EventSchemas;
import nl.talentcharter.contracts.EventType;
import nl.talentcharter.contracts.members.MemberLocation;
import nl.talentcharter.contracts.members.MemberProfile;
import nl.talentcharter.contracts.vocabulary.Country;
import nl.talentcharter.contracts.vocabulary.OrganisationKind;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import nl.talentcharter.testkit.CloudEventPublisher;

/**
 * Acts as the members service: publishes schema-valid member CloudEvents on {@code talentcharter.members}
 * exactly as its outbox relay would (binary mode, per-aggregate sequence), so tests can also re-send one.
 */
final class MembersTopic implements AutoCloseable {

    private final CloudEventPublisher publisher = CloudEventPublisher.onSharedBroker(EventSchemas::requirePublishable);

    static MemberProfile profile(String legalName, SizeClass size, Region region) {
        return new MemberProfile(legalName, "12345678", OrganisationKind.EMPLOYER, null, Sector.LOGISTICS,
                size == SizeClass.SME ? 40 : 400, size, new MemberLocation("Venlo", Country.NL, "Venlo", region),
                false, List.of());
    }

    /** Publishes {@code payload} as event {@code sequence} of member {@code memberId}; returns its CloudEvents id. */
    <T> String publish(EventType<T> type, String memberId, long sequence, T payload) {
        return event(type, memberId, sequence, payload).publish();
    }

    /** Publishes with a given CloudEvents id: the same id and sequence again is a duplicate delivery. */
    <T> void publish(EventType<T> type, String memberId, long sequence, T payload, String ceId) {
        event(type, memberId, sequence, payload).id(ceId).publish();
    }

    private <T> CloudEventPublisher.Event event(EventType<T> type, String memberId, long sequence, T payload) {
        return publisher.event(type.topic(), type.type(), type.source()).subject(memberId).dataschema(type.schemaId())
                .sequence(sequence).json(payload);
    }

    @Override
    public void close() {
        publisher.close();
    }
}
