package nl.talentcharter.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static nl.talentcharter.testkit.TopicReader.header;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The publisher on the real shared broker, read back with a {@link TopicReader} as any consumer reads it. */
class CloudEventPublisherTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String TYPE = "nl.talentcharter.test-kit.thing-happened.v1";
    private static final String SOURCE = "/talentcharter/test-kit";
    private static final String SCHEMA = "https://talentcharter.nl/schemas/test-kit/thing-happened.v1.json";

    @RegisterExtension
    static final CloudEventPublisher PUBLISHER = CloudEventPublisher.onSharedBroker((type, data) -> {
        if (new String(data, StandardCharsets.UTF_8).contains("forbidden")) {
            throw new IllegalArgumentException("no producer of " + type + " may publish this");
        }
    });

    record Thing(String name, LocalDate on, Kind kind) {
    }

    enum Kind { SMALL_THING }

    private final String bootstrap = TestInfrastructure.get().kafkaBootstrapServers();
    private final String topic = "test-kit.publisher." + UUID.randomUUID();

    @Test
    void anEventTravelsInBinaryModeKeyedBySubjectWithEveryHeaderAndItsPayloadAsJson() {
        String subject = "thing-" + UUID.randomUUID();
        Instant time = Instant.parse("2026-03-01T10:15:30Z");
        try (TopicReader reader = TopicReader.startingNow(bootstrap, topic)) {
            String id = PUBLISHER.event(topic, TYPE, SOURCE).subject(subject).time(time).dataschema(SCHEMA)
                    .nextSequence().json(new Thing("a", LocalDate.of(2026, 3, 1), Kind.SMALL_THING)).publish();

            ConsumerRecord<String, byte[]> record = reader.await(r -> id.equals(header(r, "ce_id")), TIMEOUT);
            assertThat(UUID.fromString(id)).isNotNull();
            assertThat(record.key()).isEqualTo(subject);
            assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(record, "ce_type")).isEqualTo(TYPE);
            assertThat(header(record, "ce_source")).isEqualTo(SOURCE);
            assertThat(header(record, "ce_subject")).isEqualTo(subject);
            assertThat(header(record, "ce_time")).isEqualTo("2026-03-01T10:15:30Z");
            assertThat(header(record, "ce_dataschema")).isEqualTo(SCHEMA);
            assertThat(header(record, "ce_sequence")).isEqualTo("1");
            assertThat(header(record, "content-type")).isEqualTo("application/json");
            assertThat(new String(record.value(), StandardCharsets.UTF_8))
                    .isEqualTo("{\"name\":\"a\",\"on\":\"2026-03-01\",\"kind\":\"SMALL_THING\"}");
        }
    }

    @Test
    void eachSubjectCountsItsOwnSequenceAndAnExplicitOneLeavesTheCountAlone() {
        String first = "thing-" + UUID.randomUUID();
        String second = "thing-" + UUID.randomUUID();
        try (TopicReader reader = TopicReader.startingNow(bootstrap, topic)) {
            PUBLISHER.event(topic, TYPE, SOURCE).subject(first).nextSequence().data("{}").publish();
            PUBLISHER.event(topic, TYPE, SOURCE).subject(second).nextSequence().data("{}").publish();
            String replayed = PUBLISHER.event(topic, TYPE, SOURCE).subject(first).sequence(7).data("{}").publish();
            PUBLISHER.event(topic, TYPE, SOURCE).subject(first).nextSequence().data("{}").publish();

            List<ConsumerRecord<String, byte[]>> ofFirst = reader.awaitCount(r -> first.equals(r.key()), 3, TIMEOUT);
            assertThat(ofFirst).extracting(r -> header(r, "ce_sequence")).containsExactly("1", "7", "2");
            assertThat(header(ofFirst.get(1), "ce_id")).isEqualTo(replayed);
            assertThat(header(reader.await(r -> second.equals(r.key()), TIMEOUT), "ce_sequence")).isEqualTo("1");
            assertThat(PUBLISHER.lastSequence(first)).isEqualTo(2);
            assertThat(PUBLISHER.lastSequence(second)).isEqualTo(1);
        }
    }

    @Test
    void theSameIdAgainIsADuplicateDelivery() {
        String subject = "thing-" + UUID.randomUUID();
        try (TopicReader reader = TopicReader.startingNow(bootstrap, topic)) {
            String id = PUBLISHER.event(topic, TYPE, SOURCE).subject(subject).sequence(1).data("{}").publish();
            PUBLISHER.event(topic, TYPE, SOURCE).subject(subject).sequence(1).id(id).data("{}").publish();

            assertThat(reader.awaitCount(r -> subject.equals(r.key()), 2, TIMEOUT))
                    .extracting(r -> header(r, "ce_id")).containsExactly(id, id);
        }
    }

    @Test
    void aBareMessageCarriesNoSubjectTimeSchemaOrSequence() {
        try (TopicReader reader = TopicReader.startingNow(bootstrap, topic)) {
            String id = PUBLISHER.event(topic, TYPE, "/partners/uwv").time(null).data("{}").publish();

            ConsumerRecord<String, byte[]> record = reader.await(r -> id.equals(header(r, "ce_id")), TIMEOUT);
            assertThat(record.key()).isNull();
            assertThat(header(record, "ce_source")).isEqualTo("/partners/uwv");
            assertThat(record.headers().toArray()).extracting(h -> h.key())
                    .containsExactlyInAnyOrder("ce_specversion", "ce_id", "ce_source", "ce_type", "content-type");
        }
    }

    @Test
    void aPayloadTheCheckRefusesIsNeverSentAndCountsNoSequence() {
        String subject = "thing-" + UUID.randomUUID();
        try (TopicReader reader = TopicReader.startingNow(bootstrap, topic)) {
            CloudEventPublisher.Event refused = PUBLISHER.event(topic, TYPE, SOURCE).subject(subject).nextSequence()
                    .data("{\"name\": \"forbidden\"}");
            assertThatThrownBy(refused::publish).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(TYPE);
            // the same key keeps order: once this one is read, a refused record sent before it would have been too
            String marker = PUBLISHER.event(topic, TYPE, SOURCE).subject(subject).nextSequence().data("{}").publish();

            ConsumerRecord<String, byte[]> next = reader.await(r -> subject.equals(r.key()), TIMEOUT);
            assertThat(header(next, "ce_id")).isEqualTo(marker);
            assertThat(header(next, "ce_sequence")).isEqualTo("1");
        }
    }

    @Test
    void anEventWithoutDataOrACountedSequenceWithoutSubjectIsRefused() {
        assertThatThrownBy(() -> PUBLISHER.event(topic, TYPE, SOURCE).subject("s").publish())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no data");
        assertThatThrownBy(() -> PUBLISHER.event(topic, TYPE, SOURCE).nextSequence().data("{}").publish())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("subject");
    }

    @Test
    void afterClosingItOpensAFreshProducerOnTheNextPublish() {
        String subject = "thing-" + UUID.randomUUID();
        try (TopicReader reader = TopicReader.startingNow(bootstrap, topic)) {
            PUBLISHER.event(topic, TYPE, SOURCE).subject(subject).nextSequence().data("{}").publish();
            PUBLISHER.close();
            PUBLISHER.event(topic, TYPE, SOURCE).subject(subject).nextSequence().data("{}").publish();

            assertThat(reader.awaitCount(r -> subject.equals(r.key()), 2, TIMEOUT))
                    .extracting(r -> header(r, "ce_sequence")).containsExactly("1", "2");
        }
    }

    @Test
    void partitionOfIsWhereTheProducerPutsTheKey() {
        String subject = "thing-" + UUID.randomUUID();
        try (TopicReader reader = TopicReader.startingNow(bootstrap, topic)) {
            PUBLISHER.event(topic, TYPE, SOURCE).subject(subject).data("{}").publish();

            assertThat(reader.await(r -> subject.equals(r.key()), TIMEOUT).partition())
                    .isEqualTo(PUBLISHER.partitionOf(topic, subject));
        }
    }
}
