package nl.talentcharter.contracts;

import java.util.List;

/** The one registry of topic names: one writer per topic, keyed by aggregate id. */
public final class Topics {

    public static final String MEMBERS = "talentcharter.members";
    public static final String HR_SCANS = "talentcharter.hr-scans";
    public static final String SPRINTS = "talentcharter.sprints";
    public static final String EVENTS = "talentcharter.events";
    public static final String POOLS = "talentcharter.pools";
    /** Compacted: the latest KPI snapshot per KPI and dimension. */
    public static final String MONITORING_KPI = "talentcharter.monitoring.kpi";
    /** Where partner systems publish; the partner gateway hands messages to the owning service. */
    public static final String PARTNERS_INBOUND = "talentcharter.partners.inbound";

    private static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    /** The public topics partners may read. */
    public static List<String> publicTopics() {
        return List.of(MEMBERS, HR_SCANS, SPRINTS, EVENTS, POOLS, MONITORING_KPI);
    }

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    public static boolean isDeadLetter(String topic) {
        return topic.endsWith(DEAD_LETTER_SUFFIX);
    }

    /** The topic a dead-letter topic collects for. */
    public static String origin(String deadLetterTopic) {
        if (!isDeadLetter(deadLetterTopic)) {
            throw new IllegalArgumentException(deadLetterTopic + " is not a dead-letter topic");
        }
        return deadLetterTopic.substring(0, deadLetterTopic.length() - DEAD_LETTER_SUFFIX.length());
    }
}
