package nl.talentcharter.servicekit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/** The one-field validation problems services map their domain's "invalid input" refusals to. */
class ProblemsTest {

    @Test
    void anInvalidFieldIsAValidationProblemWhoseMessageIsBothDetailAndFieldError() {
        ProblemDetail problem = Problems.invalidField("kvkNumber", "must have 8 digits");

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getType()).isEqualTo(URI.create("https://talentcharter.nl/problems/validation-failed"));
        assertThat(problem.getDetail()).isEqualTo("must have 8 digits");
        assertThat(problem.getProperties()).containsEntry("errors",
                List.of(new Problems.FieldError("kvkNumber", "must have 8 digits")));
    }

    @Test
    void aOneFieldValidationProblemKeepsDetailAndFieldMessageApart() {
        ProblemDetail problem = Problems.validationFailed("template 9 is unknown", "templateVersion",
                "is not a published version");

        assertThat(problem.getDetail()).isEqualTo("template 9 is unknown");
        assertThat(problem.getProperties()).containsEntry("errors",
                List.of(new Problems.FieldError("templateVersion", "is not a published version")));
        assertThat(problem).usingRecursiveComparison().isEqualTo(Problems.validationFailed("template 9 is unknown",
                List.of(new Problems.FieldError("templateVersion", "is not a published version"))));
    }
}
