package nl.talentcharter.sprints;

import nl.talentcharter.sprints.application.SprintsProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The thematic sprints service: themes, interests, cohort proposals, sprints with sessions and outcomes. */
@SpringBootApplication
@EnableConfigurationProperties(SprintsProperties.class)
public class SprintsApplication {

    public static void main(String[] args) {
        SpringApplication.run(SprintsApplication.class, args);
    }
}
