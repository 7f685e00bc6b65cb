package nl.talentcharter.members.web;

import nl.talentcharter.members.domain.InvalidMemberData;
import nl.talentcharter.members.domain.MemberId;
import nl.talentcharter.servicekit.problem.ProblemException;
import nl.talentcharter.servicekit.security.Caller;
import nl.talentcharter.servicekit.security.Role;

/**
 * Who may reach which member (ADR 0042). Checked before anything is loaded, so a member user asking
 * for another organisation gets 403 whether or not that organisation exists: existence reveals nothing
 * here anyway, since member organisations are listed for viewers and in open data.
 */
final class Access {

    private Access() {
    }

    /** Organisation data: operators and viewers read all, a member user its own organisation. */
    static MemberId readable(String memberId, Caller caller) {
        if (!caller.hasRole(Role.VIEWER)) {
            caller.requireAccessToMember(memberId);
        }
        return id(memberId);
    }

    /** Editing and contacts: operators, and a member user for its own organisation; never viewers. */
    static MemberId manageable(String memberId, Caller caller) {
        caller.requireAccessToMember(memberId);
        return id(memberId);
    }

    static MemberId id(String memberId) {
        try {
            return new MemberId(memberId);
        } catch (InvalidMemberData e) {
            // not a UUID: no such member can exist
            throw ProblemException.notFound("member-not-found", "no member " + memberId);
        }
    }

}
