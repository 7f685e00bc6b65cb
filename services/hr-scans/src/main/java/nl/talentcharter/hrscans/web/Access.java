package nl.talentcharter.hrscans.web;

import nl.talentcharter.hrscans.domain.scan.HrScan;
import nl.talentcharter.servicekit.security.Caller;
import nl.talentcharter.servicekit.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with a scan (ADR 0062): operators (the alliance's staff, advisors among them) see and
 * manage every scan; a member user sees and answers only its own organisation's scans; viewers and
 * partners reach no individual scan.
 */
final class Access {

    private Access() {
    }

    /** Reading, answering, completing, withdrawing and ticking off action points. */
    static HrScan ownOrOperator(HrScan scan, Caller caller) {
        caller.requireAccessToMember(scan.memberId());
        return scan;
    }

    static void operator(Caller caller) {
        if (!caller.isOperator()) {
            throw new AccessDeniedException(caller.subject() + " is not an operator");
        }
    }

    /** The member id a list is restricted to: a member user's own, whatever it asked for. */
    static String memberFilter(String requested, Caller caller) {
        if (caller.isOperator()) {
            return requested;
        }
        String own = caller.memberId().orElseThrow(() -> new AccessDeniedException(caller.subject()
                + " has no member organisation"));
        if (requested != null && !requested.equals(own)) {
            throw new AccessDeniedException(caller.subject() + " may not list the scans of " + requested);
        }
        return own;
    }

    static boolean isMemberUser(Caller caller) {
        return caller.hasRole(Role.MEMBER) && !caller.isOperator();
    }
}
