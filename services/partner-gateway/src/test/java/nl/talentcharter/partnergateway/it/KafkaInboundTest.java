package nl.talentcharter.partnergateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.talentcharter.contracts.Topics;
import nl.talentcharter.contracts.partners.PartnerEvents;
import nl.talentcharter.testkit.TestInfrastructure;
import nl.talentcharter.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * A partner that publishes on its own raw topic (as kcat would: ce_ headers, JSON value) goes through the same
 * checks as over HTTP: valid -> talentcharter.partners.inbound; refused -> the raw topic's .dlq with the reason.
 */
class KafkaInboundTest extends GatewayIntegrationTest {

    private static final String RAW = Topics.PARTNERS_INBOUND + ".uwv";

    @Test
    void aValidMessageOnTheRawTopicIsRelayedAndRefusedOnesAreDeadLetteredWithTheirReason() throws Exception {
        String valid = newId();
        String invalid = newId();
        String notAllowed = newId();
        String foreign = newId();
        String bootstrap = TestInfrastructure.get().kafkaBootstrapServers();
        try (TopicReader inbound = TopicReader.startingNow(bootstrap, Topics.PARTNERS_INBOUND);
             TopicReader deadLetters = TopicReader.startingNow(bootstrap, Topics.deadLetter(RAW));
             KafkaProducer<String, byte[]> partner = producer()) {
            send(partner, valid, "/partners/uwv", PartnerEvents.TALENT_REFERRED.type(), referral(POOL_ID, "K-1"));
            send(partner, invalid, "/partners/uwv", PartnerEvents.TALENT_REFERRED.type(),
                    referral(POOL_ID, "K-2").replace("\"maxTravelKm\": 40", "\"maxTravelKm\": 4000"));
            send(partner, notAllowed, "/partners/uwv", PartnerEvents.COURSE_ANNOUNCED.type(), "{}");
            send(partner, foreign, "/partners/zuyd", PartnerEvents.TALENT_REFERRED.type(), referral(POOL_ID, "K-3"));
            send(partner, valid, "/partners/uwv", PartnerEvents.TALENT_REFERRED.type(), referral(POOL_ID, "K-1"));

            ConsumerRecord<String, byte[]> relayed = inbound.await(r -> valid.equals(header(r, "ce_id")), EVENT_TIMEOUT);
            assertThat(relayed.key()).isEqualTo(POOL_ID);
            assertThat(header(relayed, "ce_source")).isEqualTo("/partners/uwv");

            assertThat(reason(deadLetters, invalid)).isEqualTo("schema-violation");
            assertThat(header(deadLetters.await(r -> invalid.equals(header(r, "ce_id")), EVENT_TIMEOUT),
                    "x-dead-letter-detail")).contains("$.maxTravelKm");
            assertThat(reason(deadLetters, notAllowed)).isEqualTo("access-denied");
            assertThat(reason(deadLetters, foreign)).isEqualTo("foreign-source");

            assertThat(inbound.drain(java.time.Duration.ofSeconds(2)))
                    .filteredOn(r -> valid.equals(header(r, "ce_id"))).as("the repeat is dropped").hasSize(1);
            assertThat(deadLetters.drain(java.time.Duration.ZERO))
                    .noneMatch(r -> valid.equals(header(r, "ce_id")));
        }
    }

    private String reason(TopicReader deadLetters, String id) {
        return header(deadLetters.await(r -> id.equals(header(r, "ce_id")), EVENT_TIMEOUT), "x-dead-letter-reason");
    }

    private static KafkaProducer<String, byte[]> producer() {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    private static void send(KafkaProducer<String, byte[]> producer, String id, String source, String type, String payload)
            throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(RAW, null, payload.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_specversion", bytes("1.0")).add("ce_id", bytes(id)).add("ce_source", bytes(source))
                .add("ce_type", bytes(type)).add("content-type", bytes("application/json"));
        producer.send(record).get(30, TimeUnit.SECONDS);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
