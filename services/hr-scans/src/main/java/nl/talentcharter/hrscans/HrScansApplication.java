package nl.talentcharter.hrscans;

import nl.talentcharter.hrscans.application.HrScansProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The HR scans service: questionnaire, scores, follow-up conversations, action points, benchmark and report. */
@SpringBootApplication
@EnableConfigurationProperties(HrScansProperties.class)
public class HrScansApplication {

    public static void main(String[] args) {
        SpringApplication.run(HrScansApplication.class, args);
    }
}
