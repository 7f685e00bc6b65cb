package nl.talentcharter.partnergateway.it;

import static nl.talentcharter.testkit.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;

import nl.talentcharter.contracts.Topics;
import nl.talentcharter.contracts.partners.PartnerEvents;
import nl.talentcharter.testkit.CloudEventPublisher;
import nl.talentcharter.testkit.TestInfrastructure;
import nl.talentcharter.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A partner that publishes on its own raw topic (as kcat would: ce_ headers, JSON value) goes through the same
 * checks as over HTTP: valid -> talentcharter.partners.inbound; refused -> the raw topic's .dlq with the reason.
 */
class KafkaInboundTest extends GatewayIntegrationTest {

    private static final String RAW = Topics.PARTNERS_INBOUND + ".uwv";

    @RegisterExtension
    static final CloudEventPublisher PARTNER = CloudEventPublisher.onSharedBroker();

    @Test
    void aValidMessageOnTheRawTopicIsRelayedAndRefusedOnesAreDeadLetteredWithTheirReason() {
        String valid = newId();
        String invalid = newId();
        String notAllowed = newId();
        String foreign = newId();
        String bootstrap = TestInfrastructure.get().kafkaBootstrapServers();
        try (TopicReader inbound = TopicReader.startingNow(bootstrap, Topics.PARTNERS_INBOUND);
             TopicReader deadLetters = TopicReader.startingNow(bootstrap, Topics.deadLetter(RAW))) {
            send(valid, "/partners/uwv", PartnerEvents.TALENT_REFERRED.type(), referral(POOL_ID, "K-1"));
            send(invalid, "/partners/uwv", PartnerEvents.TALENT_REFERRED.type(),
                    referral(POOL_ID, "K-2").replace("\"maxTravelKm\": 40", "\"maxTravelKm\": 4000"));
            send(notAllowed, "/partners/uwv", PartnerEvents.COURSE_ANNOUNCED.type(), "{}");
            send(foreign, "/partners/zuyd", PartnerEvents.TALENT_REFERRED.type(), referral(POOL_ID, "K-3"));
            send(valid, "/partners/uwv", PartnerEvents.TALENT_REFERRED.type(), referral(POOL_ID, "K-1"));

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

    /** A bare message as kcat sends it: no subject (so no key), no time, schema or sequence; unchecked on purpose. */
    private static void send(String id, String source, String type, String payload) {
        PARTNER.event(RAW, type, source).id(id).time(null).data(payload).publish();
    }
}
