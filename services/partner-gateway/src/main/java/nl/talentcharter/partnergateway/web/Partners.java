package nl.talentcharter.partnergateway.web;

import nl.talentcharter.partnergateway.domain.PartnerId;
import nl.talentcharter.servicekit.security.Caller;
import nl.talentcharter.servicekit.security.Role;
import org.springframework.security.access.AccessDeniedException;

/** Who may use the partner endpoints: partner systems, each as the partner its token names. */
final class Partners {

    private Partners() {
    }

    static void requirePartner(Caller caller) {
        if (!caller.hasRole(Role.PARTNER)) {
            throw new AccessDeniedException(caller.subject() + " is not a partner system");
        }
    }

    static PartnerId of(Caller caller) {
        try {
            return new PartnerId(caller.partnerId().orElseThrow(
                    () -> new AccessDeniedException(caller.subject() + " is not a partner system")));
        } catch (IllegalArgumentException e) {
            throw new AccessDeniedException("the token's subject " + caller.subject() + " names no partner");
        }
    }
}
