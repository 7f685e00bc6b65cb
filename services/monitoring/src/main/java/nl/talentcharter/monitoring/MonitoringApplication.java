package nl.talentcharter.monitoring;

import nl.talentcharter.monitoring.application.MonitoringProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The monitoring service: KPI projections of every topic, KPI snapshots, dashboard, ledger, timelines, open data. */
@SpringBootApplication
@EnableConfigurationProperties(MonitoringProperties.class)
public class MonitoringApplication {

    public static void main(String[] args) {
        SpringApplication.run(MonitoringApplication.class, args);
    }
}
