package nl.talentcharter.monitoring.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.talentcharter.contracts.EventCatalog;
import nl.talentcharter.eventkit.inbound.InboundEvent;
import nl.talentcharter.eventkit.inbound.InboundEvents;
import nl.talentcharter.monitoring.application.Projection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.messaging.Message;

/**
 * One Spring Cloud Stream consumer per service topic (group {@code monitoring}, bindings in application.yaml).
 * They all do the same: parse (what can never be processed goes to the topic's dead letters, event-kit),
 * read the fact, apply it. Types this service does not know or need are counted and skipped.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceTopicConsumers {

    @Bean
    Consumer<Message<List<byte[]>>> memberEvents(TopicConsumer consumer) {
        return consumer::accept;
    }

    @Bean
    Consumer<Message<List<byte[]>>> hrScanEvents(TopicConsumer consumer) {
        return consumer::accept;
    }

    @Bean
    Consumer<Message<List<byte[]>>> eventsEvents(TopicConsumer consumer) {
        return consumer::accept;
    }

    @Bean
    Consumer<Message<List<byte[]>>> sprintEvents(TopicConsumer consumer) {
        return consumer::accept;
    }

    @Bean
    Consumer<Message<List<byte[]>>> poolEvents(TopicConsumer consumer) {
        return consumer::accept;
    }

    /** Partners' reports relayed by the partner gateway (courses, work-to-work cases); referrals are the pools'. */
    @Bean
    Consumer<Message<List<byte[]>>> partnerEvents(TopicConsumer consumer) {
        return consumer::accept;
    }

    @Bean
    TopicConsumer topicConsumer(InboundEvents inbound, EventFacts facts, Projection projection) {
        return new TopicConsumer(inbound, facts, projection);
    }

    /**
     * What every topic's consumer does with the records of one poll. Every record is parsed and read first; the
     * ones before the first record that cannot be processed are applied together (one store write for all their
     * facts); then that record is named to the container by its index ({@link BatchListenerFailedException}), whose
     * error handler (event-kit's {@code DeadLetterRouting}) commits what came before it, dead-letters it with its
     * reason (at once when the event is invalid, after retries otherwise) and delivers the records after it again.
     */
    public static final class TopicConsumer {

        private final InboundEvents inbound;
        private final EventFacts facts;
        private final Projection projection;

        TopicConsumer(InboundEvents inbound, EventFacts facts, Projection projection) {
            this.inbound = inbound;
            this.facts = facts;
            this.projection = projection;
        }

        public void accept(Message<List<byte[]>> batch) {
            List<Message<byte[]>> records = RecordBatch.split(batch);
            List<Projection.Consumed> consumed = new ArrayList<>(records.size());
            for (int index = 0; index < records.size(); index++) {
                Projection.Consumed read;
                try {
                    read = read(records.get(index));
                } catch (RuntimeException unprocessable) {
                    projection.applyAll(consumed);
                    throw new BatchListenerFailedException("record " + index + " of the batch cannot be processed: "
                            + unprocessable.getMessage(), unprocessable, index);
                }
                consumed.add(read);
            }
            projection.applyAll(consumed);
        }

        private Projection.Consumed read(Message<byte[]> record) {
            InboundEvent event = inbound.parse(record);
            EventFacts.Reading reading = facts.read(event);
            if (reading == null) {
                return Projection.Consumed.skipped(event, EventCatalog.byType(event.type()).isPresent());
            }
            return Projection.Consumed.fact(event, reading.fact(), reading.profile());
        }
    }
}
