package nl.talentcharter.events.it;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.talentcharter.contracts.EventSchemas;
import nl.talentcharter.contracts.EventType;
import nl.talentcharter.contracts.members.MemberLocation;
import nl.talentcharter.contracts.members.MemberProfile;
import nl.talentcharter.contracts.vocabulary.Country;
import nl.talentcharter.contracts.vocabulary.OrganisationKind;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import nl.talentcharter.testkit.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Acts as the members service: publishes schema-valid member CloudEvents on {@code talentcharter.members}
 * exactly as its outbox relay would (binary mode, per-aggregate sequence), so tests can also re-send one.
 */
final class MembersTopic implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());

    static MemberProfile profile(String legalName, SizeClass size, Region region) {
        return new MemberProfile(legalName, "12345678", OrganisationKind.EMPLOYER, null, Sector.LOGISTICS,
                size == SizeClass.SME ? 40 : 400, size, new MemberLocation("Venlo", Country.NL, "Venlo", region),
                false, List.of());
    }

    /** Publishes {@code payload} as event {@code sequence} of member {@code memberId}; returns its CloudEvents id. */
    <T> String publish(EventType<T> type, String memberId, long sequence, T payload) {
        String id = UUID.randomUUID().toString();
        publish(type, memberId, sequence, payload, id);
        return id;
    }

    /** Publishes with a given CloudEvents id: the same id and sequence again is a duplicate delivery. */
    <T> void publish(EventType<T> type, String memberId, long sequence, T payload, String ceId) {
        byte[] json = JSON.writeValueAsBytes(payload);
        EventSchemas.requirePublishable(type.type(), json);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), memberId, json);
        Map.of("ce_specversion", "1.0", "ce_id", ceId, "ce_source", type.source(), "ce_type", type.type(),
                "ce_subject", memberId, "ce_time", Instant.now().toString(), "ce_dataschema", type.schemaId(),
                "ce_sequence", Long.toString(sequence), "content-type", "application/json")
                .forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + type.type(), e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
