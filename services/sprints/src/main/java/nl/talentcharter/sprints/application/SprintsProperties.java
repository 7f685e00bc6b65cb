package nl.talentcharter.sprints.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code sprints.*} */
@ConfigurationProperties("sprints")
public class SprintsProperties {

    /** How many sessions must have been held before a sprint can be completed. */
    private int minimumSessionsToComplete = 3;

    public int getMinimumSessionsToComplete() {
        return minimumSessionsToComplete;
    }

    public void setMinimumSessionsToComplete(int minimumSessionsToComplete) {
        this.minimumSessionsToComplete = minimumSessionsToComplete;
    }
}
