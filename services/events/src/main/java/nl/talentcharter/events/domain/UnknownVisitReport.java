package nl.talentcharter.events.domain;

/** The work visit has not been reported yet. */
public class UnknownVisitReport extends RuntimeException {

    public UnknownVisitReport(String gatheringId) {
        super("work visit " + gatheringId + " has no report yet");
    }
}
