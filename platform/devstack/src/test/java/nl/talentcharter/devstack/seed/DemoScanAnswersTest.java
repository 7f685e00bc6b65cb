package nl.talentcharter.devstack.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo answers are the same on every devstack, stay within the options and differ between companies. */
class DemoScanAnswersTest {

    private static final JsonNode TEMPLATE = JsonMapper.builder().build().readTree("""
            {"domains": [
              {"key": "onboarding", "questions": [
                {"key": "q1", "required": true, "options": [
                  {"key": "a", "level": 1}, {"key": "b", "level": 2}, {"key": "c", "level": 3}, {"key": "d", "level": 4}]},
                {"key": "q2", "required": false, "options": [
                  {"key": "a", "level": 1}, {"key": "b", "level": 2}, {"key": "c", "level": 3}, {"key": "d", "level": 4}]}]},
              {"key": "retention", "questions": [
                {"key": "q3", "required": true, "options": [
                  {"key": "low", "level": 1}, {"key": "high", "level": 4}]}]}]}
            """);

    @Test
    void theSameCompanyAnswersTheSameScanTheSameWay() {
        assertThat(new DemoScanAnswers("90000013", true).answers(TEMPLATE, 2, 1.0))
                .isEqualTo(new DemoScanAnswers("90000013", true).answers(TEMPLATE, 2, 1.0));
    }

    @Test
    void everyRequiredQuestionGetsOneOfItsOwnOptions() {
        for (int company = 0; company < 40; company++) {
            Map<String, String> answers = new DemoScanAnswers("9000" + company, company % 3 == 0).answers(TEMPLATE, 0, 1.0);
            assertThat(answers).containsKeys("q1", "q3");
            assertThat(answers.get("q1")).isIn("a", "b", "c", "d");
            assertThat(answers.get("q3")).isIn("low", "high");
        }
    }

    @Test
    void aScanInProgressAnswersOnlyPartOfTheDomains() {
        assertThat(new DemoScanAnswers("90000011", false).answers(TEMPLATE, 0, 0.5).keySet()).contains("q1")
                .isSubsetOf("q1", "q2");
    }

    @Test
    void companiesDifferSoTheBenchmarkHasASpread() {
        long distinct = java.util.stream.IntStream.range(0, 40)
                .mapToObj(c -> new DemoScanAnswers("9000" + c, false).answers(TEMPLATE, 0, 1.0).get("q1"))
                .distinct().count();
        assertThat(distinct).isGreaterThanOrEqualTo(3);
    }
}
