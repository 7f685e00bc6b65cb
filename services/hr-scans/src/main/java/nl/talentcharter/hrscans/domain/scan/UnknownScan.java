package nl.talentcharter.hrscans.domain.scan;

public class UnknownScan extends RuntimeException {

    public UnknownScan(String scanId) {
        super("no HR scan " + scanId);
    }
}
