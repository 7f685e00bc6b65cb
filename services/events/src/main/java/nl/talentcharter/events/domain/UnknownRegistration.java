package nl.talentcharter.events.domain;

/** The gathering has no registration with this id. */
public class UnknownRegistration extends RuntimeException {

    public UnknownRegistration(String registrationId) {
        super("no registration " + registrationId + " for this event");
    }
}
