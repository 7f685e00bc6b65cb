package nl.talentcharter.monitoring.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import nl.talentcharter.monitoring.persistence.FactLog;
import nl.talentcharter.monitoring.persistence.MemberDirectory;
import nl.talentcharter.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A rebuild empties the facts and the members' dimensions and replays every service topic from the beginning:
 * the same facts come back and every figure is what it was (all years the tests count in, all KPIs, per region).
 */
class RebuildTest extends MonitoringIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void onlyOperatorsRebuildAndTheReplayGivesTheSameFigures() {
        join(newId(), LocalDate.of(2045, 1, 5),
                profile(Region.ZUID_LIMBURG, Sector.CARE, SizeClass.SME, true, ActionLine.RETAIN));
        join(newId(), LocalDate.of(2045, 2, 5),
                profile(Region.MIDDEN_LIMBURG, Sector.ICT, SizeClass.LARGE, false, ActionLine.ATTRACT));
        awaitValue("members.joined", "2045JJ00", "ALL", 2);
        long facts = mongo.getCollection(FactLog.COLLECTION).countDocuments();
        long members = mongo.getCollection(MemberDirectory.COLLECTION).countDocuments();
        Map<String, String> before = figures();

        assertThat(post("/admin/rebuild", TestTokens.viewer(), "{}").statusCode()).isEqualTo(403);
        HttpResponse<String> rebuilt = post("/admin/rebuild", TestTokens.operator(), "{}");
        assertThat(rebuilt.statusCode()).as(rebuilt.body()).isEqualTo(202);
        assertThat(JSON.readTree(rebuilt.body()).path("eventsPerTopic").path("talentcharter.members").asLong())
                .isGreaterThanOrEqualTo(2);

        await().atMost(Duration.ofSeconds(90)).until(() ->
                mongo.getCollection(FactLog.COLLECTION).countDocuments() == facts
                        && mongo.getCollection(MemberDirectory.COLLECTION).countDocuments() == members);
        assertThat(figures()).isEqualTo(before);
    }

    /** Every KPI of every year 2031-2045, uncut and per region. */
    private Map<String, String> figures() {
        Map<String, String> figures = new LinkedHashMap<>();
        IntStream.rangeClosed(2031, 2045).forEach(year -> {
            for (String dimension : new String[] {"ALL", "REGION:ZUID_LIMBURG", "REGION:NOORD_LIMBURG"}) {
                HttpResponse<String> response = get("/kpis?period=" + year + "JJ00&dimension=" + dimension,
                        TestTokens.viewer());
                assertThat(response.statusCode()).isEqualTo(200);
                JSON.readTree(response.body()).forEach(kpi -> figures.put(kpi.path("key").asString(),
                        kpi.path("value").asDouble() + "/" + kpi.path("units").asLong()));
            }
        });
        return figures;
    }
}
