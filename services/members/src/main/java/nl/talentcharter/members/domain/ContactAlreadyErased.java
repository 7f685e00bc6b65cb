package nl.talentcharter.members.domain;

/** An erased contact has no data left to change. */
public class ContactAlreadyErased extends RuntimeException {

    public ContactAlreadyErased(ContactId id) {
        super("contact " + id + " has been erased");
    }
}
