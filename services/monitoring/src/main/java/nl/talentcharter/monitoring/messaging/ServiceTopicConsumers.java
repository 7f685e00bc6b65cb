package nl.talentcharter.monitoring.messaging;

import java.util.function.Consumer;
import nl.talentcharter.contracts.EventCatalog;
import nl.talentcharter.eventkit.inbound.InboundEvent;
import nl.talentcharter.eventkit.inbound.InboundEvents;
import nl.talentcharter.monitoring.application.Projection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * One Spring Cloud Stream consumer per service topic (group {@code monitoring}, bindings in application.yaml).
 * They all do the same: parse (what can never be processed goes to the topic's dead letters, event-kit),
 * read the fact, apply it. Types this service does not know or need are counted and skipped.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceTopicConsumers {

    @Bean
    Consumer<Message<byte[]>> memberEvents(TopicConsumer consumer) {
        return consumer::accept;
    }

    @Bean
    Consumer<Message<byte[]>> hrScanEvents(TopicConsumer consumer) {
        return consumer::accept;
    }

    @Bean
    Consumer<Message<byte[]>> eventsEvents(TopicConsumer consumer) {
        return consumer::accept;
    }

    @Bean
    Consumer<Message<byte[]>> sprintEvents(TopicConsumer consumer) {
        return consumer::accept;
    }

    @Bean
    Consumer<Message<byte[]>> poolEvents(TopicConsumer consumer) {
        return consumer::accept;
    }

    /** Partners' reports relayed by the partner gateway (courses, work-to-work cases); referrals are the pools'. */
    @Bean
    Consumer<Message<byte[]>> partnerEvents(TopicConsumer consumer) {
        return consumer::accept;
    }

    @Bean
    TopicConsumer topicConsumer(InboundEvents inbound, EventFacts facts, Projection projection) {
        return new TopicConsumer(inbound, facts, projection);
    }

    /** What every topic's consumer does with a record. */
    public static final class TopicConsumer {

        private final InboundEvents inbound;
        private final EventFacts facts;
        private final Projection projection;

        TopicConsumer(InboundEvents inbound, EventFacts facts, Projection projection) {
            this.inbound = inbound;
            this.facts = facts;
            this.projection = projection;
        }

        public void accept(Message<byte[]> message) {
            InboundEvent event = inbound.parse(message);
            EventFacts.Reading reading = facts.read(event);
            if (reading == null) {
                projection.skip(event, EventCatalog.byType(event.type()).isPresent());
                return;
            }
            projection.apply(event, reading.fact(), reading.profile());
        }
    }
}
