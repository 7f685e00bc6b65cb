package nl.talentcharter.members.domain;

/** No member organisation with that id. */
public class UnknownMember extends RuntimeException {

    public UnknownMember(MemberId id) {
        super("no member " + id);
    }
}
