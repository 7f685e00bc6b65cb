package nl.talentcharter.events.domain;

/** No gathering with this id (a malformed id cannot name one either). */
public class UnknownGathering extends RuntimeException {

    public UnknownGathering(String id) {
        super("no event " + id);
    }
}
