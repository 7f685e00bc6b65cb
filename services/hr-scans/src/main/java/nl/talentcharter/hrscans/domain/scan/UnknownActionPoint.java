package nl.talentcharter.hrscans.domain.scan;

public class UnknownActionPoint extends RuntimeException {

    public UnknownActionPoint(String scanId, String actionPointId) {
        super("scan " + scanId + " has no action point " + actionPointId);
    }
}
