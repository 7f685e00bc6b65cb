package nl.talentcharter.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class KafkaBrokerProcessTest {

    @Test
    void aRestartedBrokerKeepsItsPortAndItsData() throws Exception {
        try (KafkaBrokerProcess broker = KafkaBrokerProcess.inTemporaryDirectory().start()) {
            String topic = "test-kit.restart";
            TopicReader.ensureTopic(broker.bootstrapServers(), topic, 1);
            try (KafkaProducer<String, byte[]> producer = TestInfrastructureTest.producer(broker.bootstrapServers())) {
                producer.send(new ProducerRecord<>(topic, "before", "1".getBytes(StandardCharsets.UTF_8))).get();
            }

            broker.kill();
            assertThat(broker.isRunning()).isFalse();
            broker.start();

            try (TopicReader reader = TopicReader.fromBeginning(broker.bootstrapServers(), topic)) {
                assertThat(reader.await(r -> "before".equals(r.key()), Duration.ofSeconds(30))).isNotNull();
            }
        }
    }
}
