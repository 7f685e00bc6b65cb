package nl.talentcharter.hrscans.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.testkit.ServiceHttp.Reply;
import nl.talentcharter.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Peer benchmark suppression and the trend across template versions, through the API. */
class InsightsTest extends HrScansIntegrationTest {

    @Test
    void a_peer_group_of_fewer_than_five_companies_is_never_shown() {
        // hospitality is this test's own sector: no other test scans it
        String company = activeMember(Sector.HOSPITALITY, "Maastricht", Region.ZUID_LIMBURG, 40);
        String scanId = completedScan(company, 1, 2);
        List<String> peers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String peer = activeMember(Sector.HOSPITALITY, "Sittard-Geleen", Region.ZUID_LIMBURG, 20 + i);
            completedScan(peer, 1, 4);
            // a re-scan of a peer counts once: only its latest
            if (i == 0) completedScan(peer, 1, 4);
            peers.add(peer);
        }
        JsonNode withFour = results(scanId);
        JsonNode benchmark = withFour.get("benchmark");
        if (benchmark != null && !benchmark.isNull()) {
            assertThat(benchmark.get("level").asString()).as("four hospitality peers are too few for any hospitality group")
                    .isEqualTo("ALL");
            assertThat(benchmark.get("companies").asInt()).isGreaterThanOrEqualTo(5);
        }
        assertThat(get("/scans/" + scanId + "/report", TestTokens.operator()).body()).doesNotContain("dezelfde sector");

        String fifth = activeMember(Sector.HOSPITALITY, "Heerlen", Region.ZUID_LIMBURG, 60);
        completedScan(fifth, 1, 4);
        JsonNode withFive = results(scanId).get("benchmark");
        assertThat(withFive.get("level").asString()).isEqualTo("SECTOR_REGION_SIZE");
        assertThat(withFive.get("companies").asInt()).isEqualTo(5);
        assertThat(withFive.get("overall").asDouble()).isEqualTo(100.0);
        assertThat(withFive.get("domains").get("onboarding").asDouble()).isEqualTo(100.0);
        assertThat(withFive.has("memberIds")).isFalse();
        assertThat(withFive.toString()).doesNotContain(peers.get(0)).doesNotContain(fifth);
        assertThat(get("/scans/" + scanId + "/report", TestTokens.operator()).body())
                .contains("5 bedrijven uit dezelfde sector, regio en grootteklasse");
    }

    @Test
    void a_re_scan_on_a_newer_template_version_shows_the_difference_per_domain_mapped_across_versions() {
        String company = activeMember(Sector.CONSTRUCTION, "Weert", Region.MIDDEN_LIMBURG, 300);
        String first = completedScan(company, 1, 2);
        String second = completedScan(company, 2, 3);

        JsonNode results = results(second);
        assertThat(results.get("previousScanId").asString()).isEqualTo(first);
        JsonNode trend = results.get("trend");
        assertThat(trend.size()).isEqualTo(10);
        JsonNode learning = find(trend, "learning-and-careers");
        // v2's merged domain compares with the mean of v1's two domains it replaced: 33.3 -> 66.7
        assertThat(learning.get("previous").asDouble()).isEqualTo(33.3);
        assertThat(learning.get("difference").asDouble()).isEqualTo(33.4);
        assertThat(find(trend, "international-recruitment").get("previous").asDouble()).isEqualTo(33.3);
        assertThat(find(trend, "onboarding").get("difference").asDouble()).isEqualTo(33.4);
        assertThat(results.get("improvementAreas").size()).isEqualTo(3);
        assertThat(get("/scans/" + second + "/report", TestTokens.member(company)).body()).contains("Vorige scan", "+33,4");
        assertThat(results(first).get("trend").size()).as("the first scan has nothing to compare with").isZero();
    }

    private JsonNode results(String scanId) {
        Reply response = get("/scans/" + scanId + "/results", TestTokens.operator());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode find(JsonNode trend, String domain) {
        for (JsonNode entry : trend) {
            if (entry.get("domain").asString().equals(domain)) return entry;
        }
        throw new AssertionError("no trend for " + domain + " in " + trend);
    }
}
