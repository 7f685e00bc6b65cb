package nl.talentcharter.sprints.web;

import nl.talentcharter.servicekit.security.Caller;
import nl.talentcharter.sprints.domain.sprint.Sprint;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with a sprint (ADR 0082): operators (facilitators among them) manage every sprint; a
 * member user sees the sprints its organisation takes part in and the open ones, joins and leaves for its
 * own organisation, and, when its organisation leads the sprint, records sessions and outcomes. Viewers and
 * partners reach no individual sprint.
 */
final class Access {

    private Access() {
    }

    static void operator(Caller caller) {
        if (!caller.isOperator()) {
            throw new AccessDeniedException(caller.subject() + " is not an operator");
        }
    }

    static Sprint read(Sprint sprint, Caller caller) {
        if (caller.isOperator()) {
            return sprint;
        }
        String own = ownMember(caller);
        if (sprint.state().participants().stream().noneMatch(p -> p.memberId().equals(own)) && !sprint.status().isOpen()) {
            throw new AccessDeniedException(caller.subject() + " may not see sprint " + sprint.id());
        }
        return sprint;
    }

    /** Sessions and outcomes: operators and the lead company. */
    static void operatorOrLead(Sprint sprint, Caller caller) {
        if (!caller.isOperator() && !caller.memberId().map(sprint.leadMemberId()::equals).orElse(false)) {
            throw new AccessDeniedException(caller.subject() + " neither facilitates nor leads sprint " + sprint.id());
        }
    }

    static String ownMember(Caller caller) {
        return caller.memberId().orElseThrow(() -> new AccessDeniedException(caller.subject()
                + " has no member organisation"));
    }
}
