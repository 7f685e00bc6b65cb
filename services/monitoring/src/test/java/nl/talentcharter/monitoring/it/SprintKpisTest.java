package nl.talentcharter.monitoring.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.talentcharter.contracts.sprints.SprintCancelled;
import nl.talentcharter.contracts.sprints.SprintCompleted;
import nl.talentcharter.contracts.sprints.SprintEvents;
import nl.talentcharter.contracts.sprints.SprintProposed;
import nl.talentcharter.contracts.sprints.SprintSessionHeld;
import nl.talentcharter.contracts.sprints.SprintStarted;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Sprint KPIs from sprint events: proposed, running at the end of a period, completed, sessions held. Year 2043. */
class SprintKpisTest extends MonitoringIntegrationTest {

    @Test
    void proposedRunningCompletedAndSessionsPerPeriodTracedToTheirEvents() {
        String completedSprint = newId();
        String cancelledSprint = newId();
        String lead = newId();
        for (String sprint : List.of(completedSprint, cancelledSprint)) {
            publish(SprintEvents.SPRINT_PROPOSED, sprint, new SprintProposed(sprint, "vitality", List.of(ActionLine.RETAIN),
                    "Verzuim omlaag", lead, "facilitator-1", List.of(lead), 4, Instant.parse("2043-01-15T10:00:00Z"), null));
            publish(SprintEvents.SPRINT_STARTED, sprint,
                    new SprintStarted(sprint, "vitality", lead, List.of(lead), LocalDate.of(2043, 2, 1)));
        }
        publish(SprintEvents.SPRINT_SESSION_HELD, completedSprint,
                new SprintSessionHeld(completedSprint, newId(), 1, LocalDate.of(2043, 2, 3), 3, 4));
        publish(SprintEvents.SPRINT_SESSION_HELD, completedSprint,
                new SprintSessionHeld(completedSprint, newId(), 2, LocalDate.of(2043, 4, 7), 4, 4));
        publish(SprintEvents.SPRINT_CANCELLED, cancelledSprint,
                new SprintCancelled(cancelledSprint, "too few companies", 0, Instant.parse("2043-03-10T09:00:00Z")));
        String completed = publish(SprintEvents.SPRINT_COMPLETED, completedSprint, new SprintCompleted(completedSprint,
                "vitality", "Vitaliteit", List.of(ActionLine.RETAIN), List.of(lead), 2, "Werkt", 3, 1,
                LocalDate.of(2043, 5, 20)));

        awaitValue("sprints.completed", "2043MM05", "ALL", 1);
        assertThat(value("sprints.proposed", "2043MM01", "ALL")).isEqualTo(2);
        assertThat(value("sprints.running", "2043MM01", "ALL")).isZero();
        assertThat(value("sprints.running", "2043MM02", "ALL")).isEqualTo(2);
        assertThat(value("sprints.running", "2043MM03", "ALL")).isEqualTo(1);
        assertThat(value("sprints.running", "2043MM04", "ALL")).isEqualTo(1);
        assertThat(value("sprints.running", "2043MM05", "ALL")).isZero();
        assertThat(value("sprints.sessions-held", "2043KW01", "ALL")).isEqualTo(1);
        assertThat(value("sprints.sessions-held", "2043JJ00", "ALL")).isEqualTo(2);
        assertThat(value("sprints.completed", "2043JJ00", "ALL")).isEqualTo(1);
        // sprints name no single member: a member cut does not count them
        assertThat(value("sprints.completed", "2043JJ00", "REGION:NOORD_LIMBURG")).isZero();

        JsonNode trace = JSON.readTree(get("/kpis/sprints.completed/trace?period=2043JJ00&dimension=ALL",
                TestTokens.viewer()).body());
        assertThat(trace.path("events").values().stream().map(e -> e.path("id").asString()).toList())
                .containsExactly(completed);
        assertThat(kpi("sprints.running", "2043MM03", "ALL").path("actionLine").asString()).isEqualTo("RETAIN");
    }
}
