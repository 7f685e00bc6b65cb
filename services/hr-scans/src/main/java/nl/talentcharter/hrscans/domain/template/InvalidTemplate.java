package nl.talentcharter.hrscans.domain.template;

/** A template that cannot be published as it is: the service refuses to start with it. */
public class InvalidTemplate extends RuntimeException {

    public InvalidTemplate(String message) {
        super(message);
    }
}
