package nl.talentcharter.partnergateway.messaging;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.talentcharter.contracts.Topics;
import nl.talentcharter.eventkit.config.EventKitProducers;
import nl.talentcharter.eventkit.deadletter.DeadLetterHeaders;
import nl.talentcharter.partnergateway.application.InboundGate;
import nl.talentcharter.partnergateway.application.KafkaPartners;
import nl.talentcharter.partnergateway.domain.InboundMessage;
import nl.talentcharter.partnergateway.domain.MessageRejected;
import nl.talentcharter.partnergateway.domain.PartnerId;
import nl.talentcharter.partnergateway.domain.Rejection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Reads each configured partner's raw topic and puts every record through the same {@link InboundGate} as
 * {@code POST /inbound}. A refused record goes, unchanged, to {@code <raw topic>.dlq} with the reason in the
 * platform's dead-letter headers; a repeat of an accepted message is dropped (the partner's producer retried). The
 * offset is committed only after the record was accepted or dead-lettered, so nothing is lost in between.
 */
@Configuration(proxyBeanMethods = false)
class PartnerTopicsConsumer {

    private static final Logger log = LoggerFactory.getLogger(PartnerTopicsConsumer.class);
    static final String GROUP = "partner-gateway-inbound";

    @Bean
    ConcurrentMessageListenerContainer<String, byte[]> partnerTopicsContainer(KafkaClients clients,
            KafkaPartners partners, InboundGate gate, EventKitProducers producers) {
        List<String> topics = partners.rawTopics();
        ensureTopics(clients, topics);
        KafkaTemplate<String, byte[]> deadLetters = producers.plainTemplate();
        ContainerProperties container = new ContainerProperties(topics.isEmpty()
                ? new String[] {Topics.PARTNERS_INBOUND + ".none-configured"} : topics.toArray(String[]::new));
        container.setGroupId(GROUP);
        container.setAckMode(ContainerProperties.AckMode.RECORD);
        container.setMessageListener((MessageListener<String, byte[]>) record -> {
            PartnerId partner = partners.partnerOf(record.topic());
            try {
                gate.accept(partner, type -> partners.mayPublish(partner, type), read(record), "kafka");
            } catch (MessageRejected rejected) {
                if (rejected.reason() == Rejection.DUPLICATE) {
                    log.debug("{} sent {} again: {}", partner, record.offset(), rejected.getMessage());
                } else {
                    deadLetter(deadLetters, record, rejected);
                }
            }
        });
        ConcurrentMessageListenerContainer<String, byte[]> listener = new ConcurrentMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<>(clients.consumer(Map.of(
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")), new StringDeserializer(),
                        new ByteArrayDeserializer()), container);
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(30_000);
        // a store or broker outage is retried without end: skipping would lose a partner's message silently
        listener.setCommonErrorHandler(new DefaultErrorHandler(backOff));
        listener.setAutoStartup(!topics.isEmpty());
        return listener;
    }

    private static InboundMessage read(ConsumerRecord<String, byte[]> record) {
        CloudEvent event;
        try {
            event = KafkaMessageFactory.createReader(record).toEvent();
        } catch (CloudEventRWException | IllegalStateException | IllegalArgumentException e) {
            throw new MessageRejected(Rejection.MALFORMED, "not a CloudEvent in Kafka binary or structured mode: "
                    + e.getMessage());
        }
        return new InboundMessage(event.getId(), event.getSource() == null ? null : event.getSource().toString(),
                event.getType(), event.getSubject(), event.getTime() == null ? null : event.getTime().toInstant(),
                event.getDataSchema() == null ? null : event.getDataSchema().toString(), event.getDataContentType(),
                event.getData() == null ? null : event.getData().toBytes());
    }

    private static void deadLetter(KafkaTemplate<String, byte[]> template, ConsumerRecord<String, byte[]> record,
            MessageRejected rejected) {
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(Topics.deadLetter(record.topic()), null,
                record.key(), record.value(), record.headers());
        String detail = rejected.violations().isEmpty() ? rejected.getMessage()
                : rejected.getMessage() + " [" + String.join("; ", rejected.violations()) + "]";
        letter.headers().add(DeadLetterHeaders.REASON, bytes(rejected.reason().slug()));
        letter.headers().add(DeadLetterHeaders.DETAIL, bytes(detail));
        letter.headers().add(DeadLetterHeaders.ORIGINAL_TOPIC, bytes(record.topic()));
        letter.headers().add(DeadLetterHeaders.ORIGINAL_PARTITION, bytes(Integer.toString(record.partition())));
        letter.headers().add(DeadLetterHeaders.ORIGINAL_OFFSET, bytes(Long.toString(record.offset())));
        letter.headers().add(DeadLetterHeaders.DEAD_LETTERED_AT, bytes(Instant.now().toString()));
        try {
            template.send(letter).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        } catch (ExecutionException | TimeoutException e) {
            // thrown on: the container retries the record, so the refusal is not lost either
            throw new IllegalStateException("dead-lettering to " + letter.topic() + " failed", e);
        }
        log.info("refused {}-{}@{} ({}): {}", record.topic(), record.partition(), record.offset(),
                rejected.reason().slug(), rejected.getMessage());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The raw topics and their dead-letter topics, created when missing (a new partner needs no manual step). */
    private static void ensureTopics(KafkaClients clients, List<String> topics) {
        if (topics.isEmpty()) {
            return;
        }
        List<NewTopic> wanted = new ArrayList<>();
        for (String topic : topics) {
            wanted.add(new NewTopic(topic, 3, (short) -1));
            wanted.add(new NewTopic(Topics.deadLetter(topic), 1, (short) -1));
        }
        try (Admin admin = Admin.create(clients.admin())) {
            admin.createTopics(wanted).values().forEach((topic, created) -> {
                try {
                    created.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        log.warn("could not create {}: {}", topic, e.getCause().toString());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (TimeoutException e) {
                    log.warn("creating {} timed out", topic);
                }
            });
        }
    }
}
