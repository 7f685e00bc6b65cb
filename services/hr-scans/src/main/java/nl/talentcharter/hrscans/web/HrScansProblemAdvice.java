package nl.talentcharter.hrscans.web;

import nl.talentcharter.hrscans.application.MemberNotEligible;
import nl.talentcharter.hrscans.domain.scan.InvalidScanInput;
import nl.talentcharter.hrscans.domain.scan.ScanRefused;
import nl.talentcharter.hrscans.domain.scan.UnknownActionPoint;
import nl.talentcharter.hrscans.domain.scan.UnknownScan;
import nl.talentcharter.hrscans.domain.template.UnknownTemplate;
import nl.talentcharter.servicekit.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The scan rules' refusals as RFC 9457 problems; framework errors are the service-kit's. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class HrScansProblemAdvice {

    @ExceptionHandler(InvalidScanInput.class)
    ProblemDetail invalid(InvalidScanInput e) {
        return Problems.validationFailed(e.getMessage(), e.fields().stream()
                .map(field -> new Problems.FieldError(field, e.errors().get(field))).toList());
    }

    @ExceptionHandler(ScanRefused.class)
    ProblemDetail refused(ScanRefused e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, e.code(), e.getMessage());
        problem.setProperty("scanStatus", e.status().name());
        return problem;
    }

    @ExceptionHandler(MemberNotEligible.class)
    ProblemDetail notEligible(MemberNotEligible e) {
        return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, e.code(), e.getMessage());
    }

    @ExceptionHandler(UnknownScan.class)
    ProblemDetail unknownScan(UnknownScan e) {
        return Problems.of(HttpStatus.NOT_FOUND, "scan-not-found", e.getMessage());
    }

    @ExceptionHandler(UnknownActionPoint.class)
    ProblemDetail unknownActionPoint(UnknownActionPoint e) {
        return Problems.of(HttpStatus.NOT_FOUND, "action-point-not-found", e.getMessage());
    }

    @ExceptionHandler(UnknownTemplate.class)
    ProblemDetail unknownTemplate(UnknownTemplate e) {
        return Problems.validationFailed(e.getMessage(), "templateVersion", "is not a published version");
    }
}
