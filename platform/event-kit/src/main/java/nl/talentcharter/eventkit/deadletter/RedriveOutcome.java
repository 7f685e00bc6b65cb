package nl.talentcharter.eventkit.deadletter;

/**
 * @param reference  the dead letter's {@code topic/partition/offset}
 * @param status     {@code REDRIVEN} now, or {@code ALREADY_REDRIVEN} earlier (nothing was sent this time)
 * @param targetTopic where it went (the original topic)
 */
public record RedriveOutcome(String reference, Status status, String targetTopic) {

    public enum Status {
        REDRIVEN, ALREADY_REDRIVEN
    }
}
