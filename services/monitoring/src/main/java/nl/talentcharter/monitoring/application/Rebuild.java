package nl.talentcharter.monitoring.application;

import nl.talentcharter.monitoring.messaging.KafkaClientSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import nl.talentcharter.monitoring.persistence.FactLog;
import nl.talentcharter.monitoring.persistence.MemberDirectory;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownMemberIdException;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.cloud.stream.binding.BindingsLifecycleController.State;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the projections from the topics: stops the consumers, empties the fact log and the members'
 * dimensions, moves the consumer group back to the beginning of every service topic and starts the consumers
 * again. The figures are a function of the facts (ADR 0090), so the replay ends with the same figures; KPI
 * cells are kept, so a cell is announced again only where the replay passes through a different value.
 */
@Service
public class Rebuild {

    /** The consumer bindings of application.yaml: every service topic this service projects. */
    static final List<String> BINDINGS = List.of("memberEvents-in-0", "hrScanEvents-in-0", "eventsEvents-in-0",
            "sprintEvents-in-0", "poolEvents-in-0", "partnerEvents-in-0");
    private static final Duration GROUP_EMPTY_WITHIN = Duration.ofSeconds(60);

    /** What was rewound: per topic, the number of events it held from the beginning. */
    public record Rewound(Map<String, Long> eventsPerTopic) {
    }

    private final BindingsLifecycleController bindings;
    private final BindingServiceProperties bindingProperties;
    private final MongoTemplate mongo;
    private final KafkaClientSettings kafka;

    public Rebuild(BindingsLifecycleController bindings, BindingServiceProperties bindingProperties,
            MongoTemplate mongo, KafkaClientSettings kafka) {
        this.bindings = bindings;
        this.bindingProperties = bindingProperties;
        this.mongo = mongo;
        this.kafka = kafka;
    }

    /** One rebuild at a time; returns once the consumers run again (the replay itself goes on in them). */
    public synchronized Rewound run() {
        BINDINGS.forEach(binding -> bindings.changeState(binding, State.STOPPED));
        try (Admin admin = Admin.create(kafka.with(Map.of(
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000)))) {
            Map<String, Map<TopicPartition, OffsetAndMetadata>> perGroup = new LinkedHashMap<>();
            Map<String, Long> eventsPerTopic = new LinkedHashMap<>();
            for (String binding : BINDINGS) {
                String topic = bindingProperties.getBindingDestination(binding);
                String group = bindingProperties.getBindingProperties(binding).getGroup();
                Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                var description = admin.describeTopics(List.of(topic)).allTopicNames().get(15, TimeUnit.SECONDS);
                description.get(topic).partitions().forEach(p -> {
                    earliest.put(new TopicPartition(topic, p.partition()), OffsetSpec.earliest());
                    latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest());
                });
                var starts = admin.listOffsets(earliest).all().get(15, TimeUnit.SECONDS);
                var ends = admin.listOffsets(latest).all().get(15, TimeUnit.SECONDS);
                long events = 0;
                for (var start : starts.entrySet()) {
                    perGroup.computeIfAbsent(group, g -> new HashMap<>())
                            .put(start.getKey(), new OffsetAndMetadata(start.getValue().offset()));
                    events += ends.get(start.getKey()).offset() - start.getValue().offset();
                }
                eventsPerTopic.put(topic, events);
            }
            mongo.dropCollection(FactLog.COLLECTION);
            mongo.dropCollection(MemberDirectory.COLLECTION);
            for (var group : perGroup.entrySet()) {
                rewind(admin, group.getKey(), group.getValue());
            }
            return new Rewound(eventsPerTopic);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rebuild interrupted", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("rebuild failed: " + e.getMessage(), e);
        } finally {
            BINDINGS.forEach(binding -> bindings.changeState(binding, State.STARTED));
        }
    }

    /** The group's members leave when their consumers stop; until then the broker refuses to move it. */
    private static void rewind(Admin admin, String group, Map<TopicPartition, OffsetAndMetadata> offsets)
            throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
        Instant deadline = Instant.now().plus(GROUP_EMPTY_WITHIN);
        while (true) {
            try {
                admin.alterConsumerGroupOffsets(group, offsets).all().get(15, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                boolean stillInUse = e.getCause() instanceof UnknownMemberIdException
                        || e.getCause() instanceof org.apache.kafka.common.errors.GroupNotEmptyException
                        || e.getCause() instanceof org.apache.kafka.common.errors.RebalanceInProgressException;
                if (!stillInUse || Instant.now().isAfter(deadline)) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }
}
