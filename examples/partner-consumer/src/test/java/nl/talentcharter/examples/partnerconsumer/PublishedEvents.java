package nl.talentcharter.examples.partnerconsumer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.talentcharter.contracts.EventSchemas;
import nl.talentcharter.contracts.EventType;
import nl.talentcharter.contracts.members.FirstContact;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.contracts.members.MemberJoined;
import nl.talentcharter.contracts.members.MemberLocation;
import nl.talentcharter.contracts.members.MemberProfile;
import nl.talentcharter.contracts.pools.PoolEvents;
import nl.talentcharter.contracts.pools.PoolFormed;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Country;
import nl.talentcharter.contracts.vocabulary.FirstContactChannel;
import nl.talentcharter.contracts.vocabulary.OrganisationKind;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes CloudEvents the way the platform does (binary mode, the headers of docs/conventions.md), with
 * payloads built from the contracts' records and checked against their schemas before they are sent.
 */
final class PublishedEvents implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaProducer<String, byte[]> producer;

    PublishedEvents(String bootstrapServers) {
        this(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** With the client settings of a secured broker (bootstrap servers and login). */
    PublishedEvents(Map<String, Object> client) {
        Map<String, Object> config = new java.util.HashMap<>(client);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    static MemberJoined memberJoined(String memberId) {
        MemberProfile profile = new MemberProfile("Venlo Cargo Partners B.V.", "14052345", OrganisationKind.EMPLOYER,
                null, Sector.LOGISTICS, 180, SizeClass.SME,
                new MemberLocation("Venlo", Country.NL, "Venlo", Region.NOORD_LIMBURG), true,
                List.of(ActionLine.ATTRACT, ActionLine.RETAIN));
        return new MemberJoined(memberId, 1, profile, LocalDate.of(2026, 3, 1),
                new FirstContact(FirstContactChannel.EVENT, "ev-2026-venlo-jobfair"));
    }

    static PoolFormed poolFormed(String poolId) {
        return new PoolFormed(poolId, "Seizoenspool agri en logistiek Noord-Limburg",
                List.of(Sector.LOGISTICS, Sector.AGRICULTURE_AND_HORTICULTURE), List.of(Region.NOORD_LIMBURG),
                Instant.parse("2026-04-01T09:00:00Z"));
    }

    /** A valid event of {@code type}; returns its {@code ce_id}. */
    <T> String publish(EventType<T> type, String subject, long sequence, T payload) {
        byte[] json = JSON.writeValueAsBytes(payload);
        EventSchemas.requirePublishable(type.type(), json);
        return publishRaw(type, subject, sequence, json);
    }

    /** Whatever bytes, with the headers of {@code type}: how a broken producer's event would look. */
    String publishRaw(EventType<?> type, String subject, long sequence, byte[] payload) {
        String id = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), subject, payload);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id);
        header(record, "ce_source", type.source());
        header(record, "ce_type", type.type());
        header(record, "ce_subject", subject);
        header(record, "ce_time", Instant.now().toString());
        header(record, "ce_dataschema", type.schemaId());
        header(record, "ce_sequence", Long.toString(sequence));
        header(record, "content-type", "application/json");
        header(record, "traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        send(record);
        return id;
    }

    /** A record without CloudEvents headers at all. */
    void publishWithoutHeaders(String topic, String key, String value) {
        send(new ProducerRecord<>(topic, key, value.getBytes(StandardCharsets.UTF_8)));
    }

    static String memberJoinedType() {
        return MemberEvents.MEMBER_JOINED.type();
    }

    static String poolFormedType() {
        return PoolEvents.POOL_FORMED.type();
    }

    private void send(ProducerRecord<String, byte[]> record) {
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + record.topic(), e);
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String key, String value) {
        record.headers().add(key, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
