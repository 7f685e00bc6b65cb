package nl.talentcharter.monitoring.messaging;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import nl.talentcharter.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Creates the compacted KPI topic at startup where it does not exist yet (deploy/kafka/topics.txt creates it in
 * a real cluster; a broker that auto-creates topics would create it on the first snapshot, without compaction,
 * and a stream opened before that would follow no partitions at all).
 */
@Component
public class KpiTopic implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(KpiTopic.class);
    static final int PARTITIONS = 3;

    private final KafkaClientSettings kafka;

    public KpiTopic(KafkaClientSettings kafka) {
        this.kafka = kafka;
    }

    @Override
    public void afterPropertiesSet() {
        try (Admin admin = Admin.create(kafka.with(Map.of(
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000)))) {
            if (admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(Topics.MONITORING_KPI)) {
                return;
            }
            NewTopic topic = new NewTopic(Topics.MONITORING_KPI, Optional.of(PARTITIONS), Optional.empty())
                    .configs(Map.of("cleanup.policy", "compact", "min.compaction.lag.ms", "60000"));
            admin.createTopics(List.of(topic)).all().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                warn(e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            warn(e);
        }
    }

    private static void warn(Throwable e) {
        // the stream waits for the topic (KpiStream), so the service still starts on a broker that is late
        log.warn("could not create {}: {}", Topics.MONITORING_KPI, e.toString());
    }
}
