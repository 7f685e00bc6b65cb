package nl.talentcharter.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reading CloudEvents back: headers as text, and each event once although the relay may deliver it twice. */
class TopicReaderTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String TYPE = "nl.talentcharter.test-kit.thing-happened.v1";

    @RegisterExtension
    static final CloudEventPublisher PUBLISHER = CloudEventPublisher.onSharedBroker();

    private final String bootstrap = TestInfrastructure.get().kafkaBootstrapServers();
    private final String topic = "test-kit.reader." + UUID.randomUUID();

    @Test
    void eachEventOnceKeepsTheFirstDeliveryOfEveryIdInOrder() {
        String subject = "thing-" + UUID.randomUUID();
        try (TopicReader reader = TopicReader.startingNow(bootstrap, topic)) {
            String first = event(subject).sequence(1).data("{\"delivery\": 1}").publish();
            event(subject).id(first).sequence(1).data("{\"delivery\": 2}").publish();
            String second = event(subject).sequence(2).data("{}").publish();

            List<ConsumerRecord<String, byte[]>> records = reader.awaitCount(r -> subject.equals(r.key()), 3, TIMEOUT);
            List<ConsumerRecord<String, byte[]>> events = TopicReader.eachEventOnce(records);

            assertThat(events).extracting(r -> TopicReader.header(r, "ce_id")).containsExactly(first, second);
            assertThat(new String(events.get(0).value())).isEqualTo("{\"delivery\": 1}");
            assertThat(reader.awaitDistinctEvents(r -> subject.equals(r.key()), 2, TIMEOUT)).isEqualTo(events);
        }
    }

    @Test
    void aHeaderTheRecordDoesNotCarryIsNullAndARecordWithoutIdCannotBeCountedOnce() {
        try (TopicReader reader = TopicReader.startingNow(bootstrap, topic)) {
            String id = PUBLISHER.event(topic, TYPE, "/partners/uwv").data("{}").publish();

            ConsumerRecord<String, byte[]> record = reader.await(r -> id.equals(TopicReader.header(r, "ce_id")), TIMEOUT);
            assertThat(TopicReader.header(record, "ce_type")).isEqualTo(TYPE);
            assertThat(TopicReader.header(record, "ce_subject")).isNull();
        }
        ConsumerRecord<String, byte[]> withoutId = new ConsumerRecord<>(topic, 0, 0L, "k", new byte[0]);
        assertThatThrownBy(() -> TopicReader.eachEventOnce(List.of(withoutId))).isInstanceOf(AssertionError.class)
                .hasMessageContaining("ce_id");
    }

    private CloudEventPublisher.Event event(String subject) {
        return PUBLISHER.event(topic, TYPE, "/talentcharter/test-kit").subject(subject);
    }
}
