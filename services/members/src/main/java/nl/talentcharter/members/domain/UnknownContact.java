package nl.talentcharter.members.domain;

/** The member has no contact with that id. */
public class UnknownContact extends RuntimeException {

    public UnknownContact(ContactId id) {
        super("no contact " + id);
    }
}
