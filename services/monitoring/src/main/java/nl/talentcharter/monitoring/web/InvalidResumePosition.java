package nl.talentcharter.monitoring.web;

/** A {@code Last-Event-ID} that is not a position the KPI stream hands out ({@code 0:12,1:7}). */
public class InvalidResumePosition extends RuntimeException {
    public InvalidResumePosition(String lastEventId) {
        super("Last-Event-ID is not a KPI stream position (<partition>:<offset>,...): " + lastEventId);
    }
}
