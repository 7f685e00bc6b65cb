package nl.talentcharter.monitoring.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.talentcharter.contracts.Topics;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.contracts.members.MemberJoined;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import nl.talentcharter.eventkit.deadletter.DeadLetterHeaders;
import nl.talentcharter.testkit.TestInfrastructure;
import nl.talentcharter.testkit.TestTokens;
import nl.talentcharter.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The consumers take the records of a poll as one batch (ADR 0123). Records that one producer request appends
 * together come back in one fetch, so they arrive as one batch: a record that can never be processed in the
 * middle of it goes to the topic's dead letters with its reason, and the records before and after it are applied
 * exactly once, also a duplicate that arrives right after it, ahead of new events. Counts in 2061.
 */
class BatchConsumptionTest extends MonitoringIntegrationTest {

    @Test
    void aPoisonRecordInTheMiddleOfABatchIsDeadLetteredAndTheRestIsAppliedOnce() throws Exception {
        LocalDate day = LocalDate.of(2061, 4, 2);
        List<String> applied = new ArrayList<>();
        List<ProducerRecord<String, byte[]>> batch = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String memberId = newId();
            String ceId = newId();
            applied.add(ceId);
            batch.add(joined(memberId, ceId, day));
            if (i == 2) {
                batch.add(poison());
                // the first joining again, ahead of new ones: the unordered write must still insert those after it
                ProducerRecord<String, byte[]> first = batch.get(0);
                batch.add(new ProducerRecord<>(first.topic(), first.partition(), first.key(), first.value(),
                        first.headers()));
            }
        }
        String poisonId = header(batch.get(3), "ce_id");
        double duplicates = counter("monitoring.events.duplicates", MemberEvents.MEMBER_JOINED.type());

        try (TopicReader deadLetters = TopicReader.startingNow(TestInfrastructure.get().kafkaBootstrapServers(),
                Topics.deadLetter(Topics.MEMBERS))) {
            sendTogether(batch);

            ConsumerRecord<String, byte[]> deadLetter = deadLetters.await(r -> poisonId.equals(header(r, "ce_id")), TIMEOUT);
            assertThat(header(deadLetter, DeadLetterHeaders.REASON)).isEqualTo("schema-violation");
            assertThat(header(deadLetter, DeadLetterHeaders.DETAIL)).contains("violates its schema");
            awaitValue("members.joined", "2061JJ00", "ALL", 6);
            awaitCounter("monitoring.events.duplicates", MemberEvents.MEMBER_JOINED.type(), duplicates + 1);
            assertThat(deadLetters.drain(java.time.Duration.ofSeconds(1)))
                    .as("only the poison record is dead-lettered")
                    .filteredOn(r -> !poisonId.equals(header(r, "ce_id")))
                    .filteredOn(r -> applied.contains(header(r, "ce_id")))
                    .isEmpty();
        }
        assertThat(value("members.joined", "2061JJ00", "ALL")).isEqualTo(6);
        JsonNode trace = JSON.readTree(get("/kpis/members.joined/trace?period=2061JJ00&dimension=ALL",
                TestTokens.viewer()).body());
        List<String> traced = new ArrayList<>();
        trace.path("events").forEach(e -> traced.add(e.path("id").asString()));
        assertThat(traced).containsExactlyInAnyOrderElementsOf(applied);
    }

    private ProducerRecord<String, byte[]> joined(String memberId, String ceId, LocalDate day) {
        MemberJoined payload = new MemberJoined(memberId, 1,
                profile(Region.NOORD_LIMBURG, Sector.TECHNOLOGY_AND_MANUFACTURING, SizeClass.SME, false, ActionLine.REALISE), day, null);
        return record(ceId, memberId, JSON.writeValueAsBytes(payload));
    }

    /** A joining without its member or profile: refused by its schema. */
    private ProducerRecord<String, byte[]> poison() {
        return record(newId(), newId(), "{\"joinedOn\":\"2061-04-02\"}".getBytes(StandardCharsets.UTF_8));
    }

    private static ProducerRecord<String, byte[]> record(String ceId, String subject, byte[] json) {
        // one key for all: one partition, so the records travel in one producer request and one fetch
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.MEMBERS, "batch-2061", json);
        Map.of("ce_specversion", "1.0", "ce_id", ceId, "ce_source", MemberEvents.MEMBER_JOINED.source(),
                "ce_type", MemberEvents.MEMBER_JOINED.type(), "ce_subject", subject, "ce_time", Instant.now().toString(),
                "ce_sequence", "1", "content-type", "application/json")
                .forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static void sendTogether(List<ProducerRecord<String, byte[]>> records) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 60_000), new StringSerializer(), new ByteArraySerializer())) {
            records.forEach(producer::send);
            producer.flush();
        }
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
