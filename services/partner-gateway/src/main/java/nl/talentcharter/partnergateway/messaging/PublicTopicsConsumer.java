package nl.talentcharter.partnergateway.messaging;

import java.util.Map;
import nl.talentcharter.contracts.Topics;
import nl.talentcharter.eventkit.inbound.InboundEvent;
import nl.talentcharter.eventkit.inbound.InboundEvents;
import nl.talentcharter.eventkit.inbound.InvalidEventException;
import nl.talentcharter.partnergateway.application.DeliveryRecorder;
import nl.talentcharter.partnergateway.application.WebhookDeliverer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Reads every public topic (read_committed: never a record of an aborted relay round) and records the webhook
 * deliveries each event calls for. Offsets are committed after the deliveries are stored, so a crash reads the
 * event again and the idempotent recording absorbs it. A store outage is retried with backoff, without limit:
 * skipping would lose deliveries silently.
 */
@Configuration(proxyBeanMethods = false)
class PublicTopicsConsumer {

    private static final Logger log = LoggerFactory.getLogger(PublicTopicsConsumer.class);
    static final String GROUP = "partner-gateway-webhooks";

    @Bean
    ConcurrentMessageListenerContainer<String, byte[]> publicTopicsContainer(
            KafkaClients clients, InboundEvents events,
            DeliveryRecorder recorder, WebhookDeliverer deliverer) {
        ContainerProperties container = new ContainerProperties(Topics.publicTopics().toArray(String[]::new));
        container.setGroupId(GROUP);
        container.setAckMode(ContainerProperties.AckMode.RECORD);
        container.setMessageListener((MessageListener<String, byte[]>) record -> {
            InboundEvent event = parse(events, record);
            if (event != null && recorder.record(event) > 0) {
                deliverer.wake();
            }
        });
        ConcurrentMessageListenerContainer<String, byte[]> listener = new ConcurrentMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<>(clients.consumer(Map.of(
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                        // a topic created after start is seen within this time
                        ConsumerConfig.METADATA_MAX_AGE_CONFIG, 10_000)), new StringDeserializer(),
                        new ByteArrayDeserializer()), container);
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(30_000);
        listener.setCommonErrorHandler(new DefaultErrorHandler(backOff));
        return listener;
    }

    /** The event, or null for a record that is no platform event at all (the producer's bug, not a partner's). */
    private static InboundEvent parse(InboundEvents events, ConsumerRecord<String, byte[]> record) {
        try {
            return events.parse(record);
        } catch (InvalidEventException invalid) {
            log.warn("skipping {}-{}@{} for webhooks: {}", record.topic(), record.partition(), record.offset(),
                    invalid.getMessage());
            return null;
        }
    }
}
