package nl.talentcharter.hrscans.domain.scan;

import java.util.List;
import java.util.Map;

/** Input the scan cannot take (an answer outside the options, a follow-up without date); nothing changed. */
public class InvalidScanInput extends RuntimeException {

    /** field -> what is wrong with it */
    private final Map<String, String> errors;

    public InvalidScanInput(String message, Map<String, String> errors) {
        super(message);
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }

    public List<String> fields() {
        return errors.keySet().stream().sorted().toList();
    }
}
