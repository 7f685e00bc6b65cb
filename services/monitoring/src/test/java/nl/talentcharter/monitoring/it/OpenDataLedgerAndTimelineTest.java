package nl.talentcharter.monitoring.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import nl.talentcharter.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Open data without login and with small cells suppressed; the ledger for operators; member timelines. */
class OpenDataLedgerAndTimelineTest extends MonitoringIntegrationTest {

    @Test
    void openDataNeedsNoLoginAndSuppressesCellsBelowFiveUnits() {
        for (int i = 0; i < 5; i++) {
            join(newId(), LocalDate.of(2039, 1, 10 + i), profile(Region.NOORD_LIMBURG, Sector.EDUCATION, SizeClass.SME,
                    false, ActionLine.DEVELOP));
        }
        join(newId(), LocalDate.of(2039, 1, 20),
                profile(Region.ZUID_LIMBURG, Sector.EDUCATION, SizeClass.SME, false, ActionLine.DEVELOP));
        awaitValue("members.joined", "2039MM01", "ALL", 6);

        HttpResponse<String> response = get("/open-data/kpis.json?year=2039&dimension=REGION", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(response.body());
        assertThat(document.path("topics").values()).anySatisfy(topic -> {
            assertThat(topic.path("kpi").asString()).isEqualTo("members.joined");
            assertThat(topic.path("unit").asString()).isEqualTo("COUNT");
        });
        JsonNode noord = cell(document, "members.joined", "2039MM01", "REGION:NOORD_LIMBURG");
        assertThat(noord.path("value").asDouble()).isEqualTo(5);
        JsonNode zuid = cell(document, "members.joined", "2039MM01", "REGION:ZUID_LIMBURG");
        assertThat(zuid.has("value")).isFalse();
        assertThat(zuid.path("status").asString()).isEqualTo("x");

        HttpResponse<String> csv = get("/open-data/kpis.csv?year=2039", null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("kpi,titel,eenheid,periode,dimensie,waarde,status")
                .contains("members.joined,\"Nieuwe leden\",COUNT,2039MM01,ALL,6,\r\n")
                .contains("members.joined,\"Nieuwe leden\",COUNT,2039MM02,ALL,,x\r\n");
    }

    @Test
    void operatorsBookTheLedgerViewersReadItBadEntriesBookNothing() {
        String entry = """
                {"line":"DATA_AND_MONITORING","kind":"COMMITMENT","amount":12500.50,"description":"dashboard hosting",
                 "bookedOn":"2026-02-01"}""";
        assertThat(post("/budget/entries", TestTokens.viewer(), entry).statusCode()).isEqualTo(403);
        assertThat(post("/budget/entries", null, entry).statusCode()).isEqualTo(401);
        JsonNode before = JSON.readTree(get("/budget", TestTokens.viewer()).body());

        HttpResponse<String> bad = post("/budget/entries", TestTokens.operator(),
                "{\"line\":\"PARTY\",\"kind\":\"SPENDING\",\"amount\":-3,\"description\":\"\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        JSON.readTree(bad.body()).path("errors").forEach(error -> fields.add(error.path("field").asString()));
        assertThat(fields).contains("line", "amount", "description", "bookedOn");
        assertThat(JSON.readTree(get("/budget", TestTokens.viewer()).body()).path("entries").size())
                .isEqualTo(before.path("entries").size());

        assertThat(post("/budget/entries", TestTokens.operator(), entry).statusCode()).isEqualTo(201);
        JsonNode after = JSON.readTree(get("/budget", TestTokens.viewer()).body());
        assertThat(after.path("planned").decimalValue()).isEqualByComparingTo("3600000");
        JsonNode line = after.path("lines").values().stream()
                .filter(l -> l.path("line").asString().equals("DATA_AND_MONITORING")).findFirst().orElseThrow();
        JsonNode lineBefore = before.path("lines").values().stream()
                .filter(l -> l.path("line").asString().equals("DATA_AND_MONITORING")).findFirst().orElseThrow();
        assertThat(line.path("committed").decimalValue().subtract(lineBefore.path("committed").decimalValue()))
                .isEqualByComparingTo("12500.50");
        assertThat(line.path("planned").decimalValue()).isEqualByComparingTo("50000");
    }

    @Test
    void aMemberSeesItsOwnTimelineOperatorsSeeAnyOthersNone() {
        String memberId = newId();
        String joined = join(memberId, LocalDate.of(2040, 3, 1),
                profile(Region.MIDDEN_LIMBURG, Sector.HOSPITALITY, SizeClass.SME, false, ActionLine.RETAIN));
        awaitValue("members.joined", "2040MM03", "ALL", 1);

        HttpResponse<String> own = get("/members/" + memberId + "/timeline", TestTokens.member(memberId));
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(own.body()).values()).extracting(e -> e.path("id").asString()).containsExactly(joined);
        assertThat(get("/members/" + memberId + "/timeline", TestTokens.operator()).statusCode()).isEqualTo(200);
        assertThat(get("/members/" + memberId + "/timeline", TestTokens.member(newId())).statusCode()).isEqualTo(403);
        assertThat(get("/members/" + memberId + "/timeline", TestTokens.viewer()).statusCode()).isEqualTo(403);
    }

    private static JsonNode cell(JsonNode document, String kpi, String period, String dimension) {
        return document.path("cells").values().stream()
                .filter(c -> c.path("kpi").asString().equals(kpi) && c.path("period").asString().equals(period)
                        && c.path("dimension").asString().equals(dimension))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + kpi + " " + period + " " + dimension));
    }
}
