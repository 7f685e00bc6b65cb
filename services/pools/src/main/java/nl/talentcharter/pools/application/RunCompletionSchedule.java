package nl.talentcharter.pools.application;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;

/**
 * Interrupted matching runs are completed every {@code pools.run-completion-interval}, and once shortly after
 * start. No scheduler lock beyond the pools' run leases is needed: the lease already is the lock.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(PoolsProperties.class)
class RunCompletionSchedule {

    @Bean
    SchedulingConfigurer interruptedRunCompletionSchedule(InterruptedRunCompletion completion, PoolsProperties properties) {
        return registrar -> registrar.addFixedDelayTask(new FixedDelayTask(completion,
                properties.runCompletionInterval(), properties.runCompletionInitialDelay()));
    }
}
