package nl.talentcharter.events.domain;

/** The person holds an active registration for this gathering already: registering twice is one registration. */
public class AlreadyRegistered extends RuleViolation {

    private final String registrationId;

    public AlreadyRegistered(String registrationId) {
        super(Rule.ALREADY_REGISTERED, "this person is registered already (registration " + registrationId + ")");
        this.registrationId = registrationId;
    }

    public String registrationId() {
        return registrationId;
    }
}
