package nl.talentcharter.hrscans.application;

import java.time.Clock;
import nl.talentcharter.hrscans.persistence.MongoLockProvider;
import nl.talentcharter.hrscans.persistence.ScanStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** The overdue follow-up check, every {@code hr-scans.overdue-check-interval}, on one instance at a time. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {

    static final String LOCK_COLLECTION = "shedlock";

    @Bean
    OverdueFollowUps overdueFollowUps(ScanStore store, ScanService scans, MongoTemplate mongo, Clock clock,
            HrScansProperties properties) {
        // the lock outlives a normal run by far, and expires on its own if the instance dies mid-run
        return new OverdueFollowUps(store, scans, new MongoLockProvider(mongo, LOCK_COLLECTION), clock,
                properties.getOverdueCheckInterval().dividedBy(2));
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "hr-scans.overdue-check-enabled", matchIfMissing = true)
    SchedulingConfigurer overdueCheckSchedule(OverdueFollowUps overdue, HrScansProperties properties) {
        return (ScheduledTaskRegistrar registrar) -> registrar.addFixedDelayTask(overdue::run,
                properties.getOverdueCheckInterval());
    }
}
