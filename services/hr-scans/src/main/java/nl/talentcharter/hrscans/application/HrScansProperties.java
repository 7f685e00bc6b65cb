package nl.talentcharter.hrscans.application;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code hr-scans.*} */
@ConfigurationProperties("hr-scans")
public class HrScansProperties {

    /** How long after completion the first follow-up conversation is due. */
    private Period followUpDueAfter = Period.ofDays(30);
    /** How often the overdue check runs (on one instance at a time). */
    private Duration overdueCheckInterval = Duration.ofHours(1);
    /** The template new scans follow unless a version is asked for. */
    private String templateId = "hr-scan";

    public Period getFollowUpDueAfter() {
        return followUpDueAfter;
    }

    public void setFollowUpDueAfter(Period followUpDueAfter) {
        this.followUpDueAfter = followUpDueAfter;
    }

    public Duration getOverdueCheckInterval() {
        return overdueCheckInterval;
    }

    public void setOverdueCheckInterval(Duration overdueCheckInterval) {
        this.overdueCheckInterval = overdueCheckInterval;
    }

    public String getTemplateId() {
        return templateId;
    }

    public void setTemplateId(String templateId) {
        this.templateId = templateId;
    }
}
