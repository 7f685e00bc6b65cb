package nl.talentcharter.hrscans.domain.scan;

/**
 * The scan's rules say no; nothing changed. {@code code} names the rule (it becomes the problem slug), so
 * callers can tell "answering a completed scan" from "closing without a follow-up".
 */
public class ScanRefused extends RuntimeException {

    private final String code;
    private final ScanStatus status;

    public ScanRefused(String code, ScanStatus status, String message) {
        super(message);
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public ScanStatus status() {
        return status;
    }
}
