package nl.talentcharter.pools.web;

import nl.talentcharter.pools.domain.request.TalentRequest;
import nl.talentcharter.pools.domain.talent.Talent;
import nl.talentcharter.servicekit.security.Caller;
import nl.talentcharter.servicekit.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what (ADR 0103): operators manage pools, run matching and see everything; a member offers and
 * requests for itself and sees its own offers, requests and the matches proposed for them; a partner (UWV,
 * a Werkcentrum) offers people and sees those it offered. Viewers reach no person and no request.
 */
final class Access {

    private Access() {
    }

    static void operator(Caller caller) {
        if (!caller.isOperator()) {
            throw new AccessDeniedException(caller.subject() + " is not an operator");
        }
    }

    /** The party a caller offers people as: its member organisation, or its partner account. */
    static String offeringParty(Caller caller) {
        if (caller.hasRole(Role.PARTNER)) {
            return "partner:" + caller.partnerId().orElseThrow();
        }
        return caller.memberId().orElseThrow(() -> new AccessDeniedException(caller.subject() + " has no member organisation"));
    }

    static boolean offeredBy(Talent talent, Caller caller) {
        if (caller.isOperator()) {
            return true;
        }
        if (!caller.hasRole(Role.MEMBER) && !caller.hasRole(Role.PARTNER)) {
            return false;
        }
        return talent.state().offeredBy().equals(offeringParty(caller));
    }

    static Talent requireOfferedBy(Talent talent, Caller caller) {
        if (!offeredBy(talent, caller)) {
            throw new AccessDeniedException(caller.subject() + " did not offer person " + talent.id());
        }
        return talent;
    }

    static TalentRequest requireRequester(TalentRequest request, Caller caller) {
        if (!caller.isOperator() && !(caller.hasRole(Role.MEMBER) && caller.canAccessMember(request.state().memberId()))) {
            throw new AccessDeniedException(caller.subject() + " may not see request " + request.id());
        }
        return request;
    }
}
