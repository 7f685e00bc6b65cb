package nl.talentcharter.members.web;

import nl.talentcharter.members.application.FieldsReservedToOperators;
import nl.talentcharter.members.domain.ContactAlreadyErased;
import nl.talentcharter.members.domain.IllegalTransition;
import nl.talentcharter.members.domain.InvalidMemberData;
import nl.talentcharter.members.domain.KvkNumberTaken;
import nl.talentcharter.members.domain.UnknownContact;
import nl.talentcharter.members.domain.UnknownMember;
import nl.talentcharter.servicekit.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The member domain's refusals as RFC 9457 problems. Runs before the service-kit's catch-all advice,
 * which handles framework errors (malformed JSON, bean validation, media types, security).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MembersProblemAdvice {

    @ExceptionHandler(InvalidMemberData.class)
    ProblemDetail invalid(InvalidMemberData e) {
        return Problems.invalidField(e.field(), e.getMessage());
    }

    @ExceptionHandler(KvkNumberTaken.class)
    ProblemDetail kvkTaken(KvkNumberTaken e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "kvk-number-taken", e.getMessage());
        problem.setProperty("kvkNumber", e.kvkNumber().value());
        if (e.existingMember() != null) {
            problem.setProperty("existingMemberId", e.existingMember().value());
        }
        return problem;
    }

    @ExceptionHandler(UnknownMember.class)
    ProblemDetail unknownMember(UnknownMember e) {
        return Problems.of(HttpStatus.NOT_FOUND, "member-not-found", e.getMessage());
    }

    @ExceptionHandler(UnknownContact.class)
    ProblemDetail unknownContact(UnknownContact e) {
        return Problems.of(HttpStatus.NOT_FOUND, "contact-not-found", e.getMessage());
    }

    @ExceptionHandler(IllegalTransition.class)
    ProblemDetail illegalTransition(IllegalTransition e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "illegal-transition", e.getMessage());
        problem.setProperty("currentStatus", e.current().name());
        problem.setProperty("action", e.action().name());
        return problem;
    }

    @ExceptionHandler(ContactAlreadyErased.class)
    ProblemDetail erased(ContactAlreadyErased e) {
        return Problems.of(HttpStatus.CONFLICT, "contact-erased", e.getMessage());
    }

    @ExceptionHandler(FieldsReservedToOperators.class)
    ProblemDetail reserved(FieldsReservedToOperators e) {
        ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, "fields-reserved-to-operators", e.getMessage());
        problem.setProperty("fields", e.fields().stream().sorted().toList());
        return problem;
    }
}
